using System.Data.Common;
using SreBot.Shared.Storage;

namespace SreBot.Shared.Audit.Chain;

/// <summary>Reads and writes the single signed head row, always inside the caller's transaction.</summary>
internal static class AuditHeadStore
{
    public static async Task<(AuditHead Head, string Mac)?> ReadAsync(
        DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(transaction, "SELECT last_sequence, last_hash, mac FROM audit_head WHERE id = 1");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return (new AuditHead(reader.GetInt64(0), reader.GetString(1)), reader.GetString(2));
    }

    public static Task WriteAsync(
        DbConnection connection, DbTransaction transaction, AuditHead head, string mac, CancellationToken cancellationToken)
        => connection.ExecuteAsync(transaction, """
            INSERT INTO audit_head (id, last_sequence, last_hash, mac) VALUES (1, @sequence, @hash, @mac)
            ON CONFLICT (id) DO UPDATE SET last_sequence = excluded.last_sequence, last_hash = excluded.last_hash, mac = excluded.mac
            """, cancellationToken,
            ("@sequence", head.Sequence), ("@hash", head.Hash), ("@mac", mac));
}
