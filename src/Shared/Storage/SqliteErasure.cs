using Microsoft.Data.Sqlite;

namespace SreBot.Shared.Storage;

/// <summary>Deletes so that nothing stays on disk: the way thread erasure and retention remove personal data.</summary>
public static class SqliteErasure
{
    /// <summary>
    /// Runs <paramref name="sql"/> (a <c>DELETE</c>; cascades follow the foreign keys) in one transaction with
    /// <c>secure_delete</c> on, so freed pages are overwritten, then checkpoints the write-ahead log (<c>TRUNCATE</c>),
    /// which still holds earlier images of those pages. Returns the rows the statement itself deleted.
    /// </summary>
    public static async Task<int> EraseAsync(
        this SqliteDatabase database, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(null, "PRAGMA secure_delete = ON", cancellationToken);
        int deleted;
        await using (var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken))
        {
            deleted = await connection.ExecuteAsync(transaction, sql, cancellationToken, parameters);
            await transaction.CommitAsync(cancellationToken);
        }

        if (deleted > 0)
        {
            await connection.ExecuteAsync(null, "PRAGMA wal_checkpoint(TRUNCATE)", cancellationToken);
        }

        return deleted;
    }
}
