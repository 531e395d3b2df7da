using Microsoft.Data.Sqlite;

namespace SreBot.Shared.Storage;

/// <summary>
/// Deletions that leave no copy on disk: <c>secure_delete</c> overwrites the freed cells and pages, and a
/// <c>wal_checkpoint(TRUNCATE)</c> afterwards folds the write-ahead log into the database file and empties it, so the
/// earlier page images in the log are gone too. Used by personal-data erasure (like thread deletion).
/// </summary>
public static class SqliteSecureDelete
{
    /// <summary>Runs <paramref name="erase"/> in one transaction with secure delete on, then checkpoints; returns its count.</summary>
    public static async Task<int> SecureDeleteAsync(
        this SqliteDatabase database, Func<SqliteConnection, SqliteTransaction, Task<int>> erase, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(erase);
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(null, "PRAGMA secure_delete = ON", cancellationToken);
        int count;
        await using (var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken))
        {
            count = await erase(connection, transaction);
            await transaction.CommitAsync(cancellationToken);
        }

        await connection.ExecuteAsync(null, "PRAGMA wal_checkpoint(TRUNCATE)", cancellationToken);
        return count;
    }

    /// <summary>Folds the write-ahead log into the database file and truncates it.</summary>
    public static async Task CheckpointAsync(this SqliteDatabase database, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(null, "PRAGMA wal_checkpoint(TRUNCATE)", cancellationToken);
    }
}
