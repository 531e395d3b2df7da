using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using SreBot.Shared.Audit.Chain;
using SreBot.Shared.Storage;

namespace SreBot.Shared.Audit.Sqlite;

/// <summary>
/// The audit chain on the embedded SQLite database. The write lock is the database's own: <c>BEGIN IMMEDIATE</c>, waited
/// for at most <see cref="AuditOptions.WriteLockTimeout"/>, so writers in other processes over the same file cannot fork
/// the chain. Every connection has <c>secure_delete</c> on; after a transaction that erased rows the write-ahead log is
/// folded into the file and truncated (<see cref="SqliteSecureDelete.CheckpointAsync"/>).
/// </summary>
internal sealed class SqliteAuditDatabase(SqliteDatabase database, IOptions<AuditOptions> options) : IAuditDatabase
{
    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) => await database.OpenAsync(cancellationToken);

    public async Task<T> WriteAsync<T>(
        IReadOnlyCollection<string> erasableTables,
        Func<DbConnection, DbTransaction, Task<(T Result, int Erased)>> work,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        (T Result, int Erased) done;
        await using (var connection = await database.OpenAsync(cancellationToken))
        {
            var lockTimeout = options.Value.WriteLockTimeout;
            // The pragma bounds SQLite's own wait for the lock; the driver then retries until its command timeout.
            connection.DefaultTimeout = (int)Math.Ceiling(lockTimeout.TotalSeconds);
            await connection.ExecuteAsync(null, $"PRAGMA busy_timeout = {(long)lockTimeout.TotalMilliseconds}", cancellationToken);
            await using var transaction = connection.BeginTransaction(deferred: false);
            done = await work(connection, transaction);
            await transaction.CommitAsync(cancellationToken);
        }

        if (done.Erased > 0)
        {
            // The WAL still holds images of the deleted pages (and of erased user ids): fold it into the database file.
            await database.CheckpointAsync(cancellationToken);
        }

        return done.Result;
    }

    public async Task<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken cancellationToken)
        => await ((SqliteConnection)connection).BeginTransactionAsync(cancellationToken);
}
