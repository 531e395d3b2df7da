namespace SreBot.Shared.Audit.Chain;

/// <summary>
/// Writes one batch in one transaction of <see cref="IAuditDatabase.WriteAsync"/>: the audit write lock is held from
/// the first statement (so writers in other processes, other replicas, cannot fork the chain), the head is read inside
/// it, each claimed entry is chained and inserted, the signed head moves and the transaction commits durably. On any
/// failure nothing of the batch is kept.
/// </summary>
internal sealed class AuditBatchWriter(IAuditDatabase database, AuditKeyring keyring, TimeProvider time)
{
    /// <summary>The table an erasure deletes from: the only personal data, beside the chain.</summary>
    private static readonly string[] ErasableTables = ["audit_actors"];

    public Task<IReadOnlyList<(PendingAppend Pending, AuditRecord Record)>> WriteAsync(
        IReadOnlyList<PendingAppend> batch, CancellationToken cancellationToken)
        => database.WriteAsync<IReadOnlyList<(PendingAppend, AuditRecord)>>(ErasableTables, async (connection, transaction) =>
        {
            var head = (await AuditHeadStore.ReadAsync(connection, transaction, cancellationToken))?.Head ?? AuditHead.Genesis;
            await using var insert = AuditRecordInsert.Create(connection, transaction);
            var written = new List<(PendingAppend, AuditRecord)>(batch.Count);
            var erased = 0;
            foreach (var pending in batch)
            {
                if (!pending.TryClaim())
                {
                    continue;
                }

                var record = Chain(head, pending);
                erased += await insert.ExecuteAsync(record, pending.ErasesActor, pending.Entry.UserId, cancellationToken);
                head = new AuditHead(record.Sequence, record.Hash);
                written.Add((pending, record));
            }

            if (written.Count > 0)
            {
                await AuditHeadStore.WriteAsync(connection, transaction, head, keyring.HeadMacFor(head), cancellationToken);
            }

            return (written, erased);
        }, cancellationToken);

    private AuditRecord Chain(AuditHead head, PendingAppend pending)
    {
        var entry = pending.Entry;
        var actorRef = entry.UserId is null ? null : keyring.ActorRefFor(entry.UserId);
        return AuditRecordChain.Link(head, entry, actorRef, pending.ErasesActor ? null : entry.UserId, time.GetUtcNow());
    }
}
