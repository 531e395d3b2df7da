using System.Runtime.CompilerServices;
using SreBot.Shared.Storage;

namespace SreBot.Shared.Audit.Chain;

/// <summary>Reads records for queries, exports and verification; every read streams from one snapshot.</summary>
internal sealed class AuditRecordReader(IAuditDatabase database, AuditKeyring keyring)
{
    public async IAsyncEnumerable<AuditRecord> ReadAsync(
        AuditQuery query, int? limit, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var actorRef = query.UserId is null ? null : keyring.ActorRefFor(query.UserId);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = AuditQueryCommand.Create(connection, query, actorRef, limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return AuditRecordColumns.ReadRecord(reader);
        }
    }

    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var snapshot = await database.BeginSnapshotAsync(connection, cancellationToken);
        var signedHead = await AuditHeadStore.ReadAsync(connection, snapshot, cancellationToken);
        var checkpoint = await AuditCheckpointStore.ReadAsync(connection, snapshot, cancellationToken);
        if (checkpoint is { } signed && !keyring.IsValidCheckpointMac(signed.Checkpoint, signed.Mac))
        {
            return AuditChainVerifier.ForgedCheckpoint(signed.Checkpoint.Sequence);
        }

        var verifier = new AuditChainVerifier(keyring, checkpoint?.Checkpoint);
        await using var command = connection.Command(snapshot, $"SELECT {AuditRecordColumns.Chained} FROM audit_records r ORDER BY r.sequence");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await verifier.CheckAllAsync(reader, cancellationToken) ?? verifier.Complete(signedHead);
    }
}
