namespace SreBot.Shared.Audit.Sqlite;

/// <summary>
/// Checks records one at a time, in sequence order, then the signed head. Each check names the first position
/// where the chain does not hold: a missing sequence, a broken previous-hash link (reordered or replaced
/// predecessor), a hash that does not match the record (edited), or a head that does not match the last record
/// (truncated tail, forged or missing head).
/// </summary>
internal sealed class AuditChainVerifier(AuditKeyring keyring)
{
    private AuditHead _last = AuditHead.Genesis;
    private long _recordsChecked;

    /// <returns>The failure at this record, or null when it extends the chain.</returns>
    public AuditVerification? Check(AuditChainFields fields, string? previousHash, string? hash)
    {
        _recordsChecked++;
        var expected = _last.Sequence + 1;
        if (fields.Sequence > expected)
        {
            return Broken(expected, $"record {expected} is missing: the next stored record is {fields.Sequence}");
        }

        if (fields.Sequence < expected)
        {
            return Broken(fields.Sequence, $"record {fields.Sequence} is out of range: the chain starts at 1");
        }

        if (previousHash != _last.Hash)
        {
            return Broken(fields.Sequence, "previous-hash link is broken: records reordered or the predecessor replaced");
        }

        var computed = AuditCanonicalEncoding.ComputeHash(_last.Hash, fields);
        if (hash != computed)
        {
            return Broken(fields.Sequence, "hash does not match the record's content: record edited");
        }

        _last = new AuditHead(fields.Sequence, computed);
        return null;
    }

    /// <summary>Compares the chain's end with the signed head; call after the last record.</summary>
    public AuditVerification Complete((AuditHead Head, string Mac)? signedHead)
    {
        var next = _last.Sequence + 1;
        if (signedHead is not { } stored)
        {
            return _recordsChecked == 0
                ? new AuditVerification(true, 0, null, null)
                : Broken(next, "head record is missing: a truncated tail cannot be ruled out");
        }

        if (!keyring.IsValidHeadMac(stored.Head, stored.Mac))
        {
            return Broken(next, "head record fails its MAC: head edited or forged");
        }

        if (stored.Head.Sequence > _last.Sequence)
        {
            return Broken(next, $"chain truncated: the head records {stored.Head.Sequence} records, the table ends at {_last.Sequence}");
        }

        if (stored.Head.Sequence < _last.Sequence)
        {
            return Broken(stored.Head.Sequence + 1, $"records after {stored.Head.Sequence} are not covered by the head");
        }

        return stored.Head.Hash == _last.Hash
            ? new AuditVerification(true, _recordsChecked, null, null)
            : Broken(_last.Sequence, "head hash differs from the last record's hash: last record replaced");
    }

    private AuditVerification Broken(long sequence, string problem) => new(false, _recordsChecked, sequence, problem);
}
