using System.Data.Common;

namespace SreBot.Shared.Audit.Chain;

/// <summary>
/// Checks records one at a time, in sequence order, then the signed head. Each check names the first position
/// where the chain does not hold: a missing sequence, a broken previous-hash link (reordered or replaced
/// predecessor), a hash that does not match the record (edited), or a head that does not match the last record
/// (truncated tail, forged or missing head). After retention the chain starts at a signed checkpoint instead of
/// the genesis hash: the first remaining record must be the checkpoint's sequence + 1 and link to its hash.
/// </summary>
internal sealed class AuditChainVerifier
{
    private readonly AuditKeyring _keyring;
    private readonly AuditCheckpoint? _checkpoint;
    private AuditHead _last;
    private long _recordsChecked;

    /// <param name="checkpoint">Where the stored chain starts (its MAC already checked), or null for the genesis.</param>
    public AuditChainVerifier(AuditKeyring keyring, AuditCheckpoint? checkpoint = null)
    {
        _keyring = keyring;
        _checkpoint = checkpoint;
        _last = checkpoint?.AsHead() ?? AuditHead.Genesis;
    }

    /// <summary>The last record that extended the chain (or where it started).</summary>
    public AuditHead Last => _last;

    /// <summary>Checks every row of a <c>SELECT {AuditRecordColumns.Chained}</c> in sequence order.</summary>
    /// <returns>The first failure, or null when every row extends the chain.</returns>
    public async Task<AuditVerification?> CheckAllAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        while (await reader.ReadAsync(cancellationToken))
        {
            var broken = Check(
                AuditRecordColumns.ReadChainFields(reader),
                AuditRecordColumns.Text(reader, AuditRecordColumns.PreviousHash),
                AuditRecordColumns.Text(reader, AuditRecordColumns.Hash));
            if (broken is not null)
            {
                return broken;
            }
        }

        return null;
    }

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
            return Broken(fields.Sequence, _checkpoint is { } checkpoint
                ? $"record {fields.Sequence} is out of range: the checkpoint says the chain resumes at {checkpoint.Sequence + 1}"
                : $"record {fields.Sequence} is out of range: the chain starts at 1");
        }

        if (previousHash != _last.Hash)
        {
            return Broken(fields.Sequence, _checkpoint is { } start && fields.Sequence == start.Sequence + 1
                ? "previous-hash link to the checkpoint is broken: first remaining record replaced or checkpoint rewritten"
                : "previous-hash link is broken: records reordered or the predecessor replaced");
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
            return _recordsChecked == 0 && _checkpoint is null
                ? new AuditVerification(true, 0, null, null)
                : Broken(next, "head record is missing: a truncated tail cannot be ruled out");
        }

        if (!_keyring.IsValidHeadMac(stored.Head, stored.Mac))
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
            ? new AuditVerification(true, _recordsChecked, null, null, _checkpoint?.Sequence)
            : Broken(_last.Sequence, "head hash differs from the last record's hash: last record replaced");
    }

    /// <summary>The checkpoint row fails its MAC: reported at the position it claims, before any record is read.</summary>
    public static AuditVerification ForgedCheckpoint(long sequence)
        => new(false, 0, sequence, "checkpoint fails its MAC: checkpoint edited or forged", sequence);

    private AuditVerification Broken(long sequence, string problem) => new(false, _recordsChecked, sequence, problem, _checkpoint?.Sequence);
}
