using System.Data.Common;
using SreBot.Shared.Storage;

namespace SreBot.Shared.Audit.Chain;

/// <summary>Reads and writes the single signed checkpoint row, always inside the caller's transaction.</summary>
internal static class AuditCheckpointStore
{
    public static async Task<(AuditCheckpoint Checkpoint, string Mac)?> ReadAsync(
        DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(transaction, "SELECT sequence, hash, created_at, mac FROM audit_checkpoint WHERE id = 1");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return (new AuditCheckpoint(reader.GetInt64(0), reader.GetString(1), reader.GetString(2)), reader.GetString(3));
    }

    public static Task WriteAsync(
        DbConnection connection, DbTransaction transaction, AuditCheckpoint checkpoint, string mac, CancellationToken cancellationToken)
        => connection.ExecuteAsync(transaction, """
            INSERT INTO audit_checkpoint (id, sequence, hash, created_at, mac) VALUES (1, @sequence, @hash, @created, @mac)
            ON CONFLICT (id) DO UPDATE SET sequence = excluded.sequence, hash = excluded.hash, created_at = excluded.created_at, mac = excluded.mac
            """, cancellationToken,
            ("@sequence", checkpoint.Sequence), ("@hash", checkpoint.Hash), ("@created", checkpoint.CreatedAt), ("@mac", mac));
}
