using System.Data.Common;
using System.Text.Json;
using SreBot.Shared.Diagnostics;
using SreBot.Shared.Retention;
using SreBot.Shared.Storage;

namespace SreBot.Shared.Audit.Chain;

/// <summary>
/// Audit retention, on either backend: deletes the run of records at the front of the chain whose time is before the
/// cut-off, never anything inside the chain. Each chunk is one transaction that holds the audit write lock
/// (<see cref="IAuditDatabase.WriteAsync"/>), checks the records it is about to delete (they must chain from the current
/// checkpoint, and the head and checkpoint must carry valid MACs, so that a purge can never launder tampering), writes a
/// signed checkpoint (sequence and hash of the last deleted record), deletes the records, drops pseudonym mappings no
/// remaining record uses, and appends an <see cref="AuditEventTypes.Checkpoint"/> record with a newly signed head; the
/// backend then leaves no readable copy of what was deleted. See docs/audit.md.
/// </summary>
internal sealed class AuditRetention(IAuditDatabase database, AuditKeyring keyring, TimeProvider time) : IRetainedData
{
    /// <summary>Records per transaction: keeps the write lock short so appends never wait long for it.</summary>
    public int ChunkSize { get; init; } = 5000;

    private const string Success = AuditOutcomes.Success;

    /// <summary>What a purge deletes from: the chained records and the pseudonym mappings (personal data).</summary>
    private static readonly string[] ErasableTables = ["audit_records", "audit_actors"];

    public string DataType => RetainedDataTypes.Audit;

    public async Task<int> PurgeOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var total = 0;
        int purged;
        while ((purged = await database.WriteAsync(
                   ErasableTables, (connection, transaction) => PurgeChunkAsync(connection, transaction, cutoff, cancellationToken), cancellationToken)) > 0)
        {
            total += purged;
        }

        return total;
    }

    /// <returns>The records deleted, and the rows of either table deleted (for the backend's erasure flush).</returns>
    private async Task<(int Result, int Erased)> PurgeChunkAsync(
        DbConnection connection, DbTransaction transaction, DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        if (await AuditHeadStore.ReadAsync(connection, transaction, cancellationToken) is not { } head)
        {
            return (0, 0);
        }

        if (!keyring.IsValidHeadMac(head.Head, head.Mac))
        {
            throw Refused(head.Head.Sequence + 1, "the head record fails its MAC");
        }

        var current = await AuditCheckpointStore.ReadAsync(connection, transaction, cancellationToken);
        if (current is { } signed && !keyring.IsValidCheckpointMac(signed.Checkpoint, signed.Mac))
        {
            throw Refused(signed.Checkpoint.Sequence, "the checkpoint fails its MAC");
        }

        var start = current?.Checkpoint.AsHead() ?? AuditHead.Genesis;
        var through = Math.Min(await FirstKeptAsync(connection, transaction, cutoff, start, head.Head, cancellationToken) - 1, start.Sequence + ChunkSize);
        if (through <= start.Sequence)
        {
            return (0, 0);
        }

        var last = await CheckSegmentAsync(connection, transaction, current?.Checkpoint, through, cancellationToken);
        var now = time.GetUtcNow();
        var checkpoint = new AuditCheckpoint(through, last.Hash, AuditTimestamp.ToText(now));
        await AuditCheckpointStore.WriteAsync(connection, transaction, checkpoint, keyring.CheckpointMacFor(checkpoint), cancellationToken);
        var deleted = await connection.ExecuteAsync(transaction, "DELETE FROM audit_records WHERE sequence <= @through", cancellationToken, ("@through", through));
        var unmapped = await connection.ExecuteAsync(transaction, """
            DELETE FROM audit_actors WHERE actor_ref NOT IN (SELECT actor_ref FROM audit_records WHERE actor_ref IS NOT NULL)
            """, cancellationToken);

        var detail = JsonSerializer.Serialize(new
        {
            checkpoint = through,
            hash = last.Hash,
            cutoff = AuditTimestamp.ToText(cutoff),
            purged = deleted,
        });
        var entry = new AuditEntry(AuditEventTypes.Checkpoint, null, null, null, AuditDecisions.None, Success, CorrelationId.Current(), detail);
        var record = AuditRecordChain.Link(head.Head, entry, actorRef: null, userId: null, now);
        await using (var insert = AuditRecordInsert.Create(connection, transaction))
        {
            await insert.ExecuteAsync(record, erasesActor: false, userId: null, cancellationToken);
        }

        var newHead = new AuditHead(record.Sequence, record.Hash);
        await AuditHeadStore.WriteAsync(connection, transaction, newHead, keyring.HeadMacFor(newHead), cancellationToken);
        return (deleted, deleted + unmapped);
    }

    /// <summary>The first sequence after <paramref name="start"/> that is kept: the first record at or after the cut-off.</summary>
    private static async Task<long> FirstKeptAsync(
        DbConnection connection, DbTransaction transaction, DateTimeOffset cutoff, AuditHead start, AuditHead head, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(transaction,
            "SELECT MIN(sequence) FROM audit_records WHERE sequence > @start AND timestamp >= @cutoff",
            ("@start", start.Sequence), ("@cutoff", AuditTimestamp.ToText(cutoff)));
        return await command.ExecuteScalarAsync(cancellationToken) is long first ? first : head.Sequence + 1;
    }

    /// <summary>Verifies the records about to go, from the current checkpoint through <paramref name="through"/>.</summary>
    private async Task<AuditHead> CheckSegmentAsync(
        DbConnection connection, DbTransaction transaction, AuditCheckpoint? checkpoint, long through, CancellationToken cancellationToken)
    {
        var verifier = new AuditChainVerifier(keyring, checkpoint);
        await using var command = connection.Command(transaction,
            $"SELECT {AuditRecordColumns.Chained} FROM audit_records r WHERE r.sequence <= @through ORDER BY r.sequence",
            ("@through", through));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (await verifier.CheckAllAsync(reader, cancellationToken) is { } broken)
        {
            throw Refused(broken.FirstBrokenSequence ?? through, broken.Problem ?? "the chain does not verify");
        }

        return verifier.Last.Sequence == through
            ? verifier.Last
            : throw Refused(verifier.Last.Sequence + 1, $"record {verifier.Last.Sequence + 1} is missing");
    }

    private static InvalidOperationException Refused(long sequence, string problem)
        => new($"Audit retention deleted nothing: the chain does not verify at {sequence} ({problem}). Run /api/v1/audit/verify and investigate.");
}
