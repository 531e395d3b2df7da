using Microsoft.Data.Sqlite;

namespace SreBot.Shared.Storage;

/// <summary>
/// Deletions that leave no copy on disk: <c>secure_delete</c> overwrites the freed cells and pages, and a
/// <c>wal_checkpoint(TRUNCATE)</c> afterwards folds the write-ahead log into the database file and empties it, so the
/// earlier page images in the log are gone too. Used by personal-data erasure (like thread deletion).
/// </summary>
public static class SqliteSecureDelete
{
    private const int CheckpointAttempts = 5;

    private static readonly TimeSpan CheckpointRetryDelay = TimeSpan.FromMilliseconds(20);

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

        await database.CheckpointAsync(cancellationToken);
        return count;
    }

    /// <summary>
    /// Folds the write-ahead log into the database file and truncates it. A reader in the middle of a transaction can
    /// keep the checkpoint from finishing; it is tried again a few times. False when it still could not finish (the
    /// log is then emptied by the next checkpoint that does).
    /// </summary>
    public static async Task<bool> CheckpointAsync(this SqliteDatabase database, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        await using var connection = await database.OpenAsync(cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            await using var command = connection.Command(null, "PRAGMA wal_checkpoint(TRUNCATE)");
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var busy = await reader.ReadAsync(cancellationToken) && reader.GetInt64(0) != 0;
            if (!busy)
            {
                return true;
            }

            if (attempt == CheckpointAttempts)
            {
                return false;
            }

            await Task.Delay(CheckpointRetryDelay * attempt, cancellationToken);
        }
    }
}
