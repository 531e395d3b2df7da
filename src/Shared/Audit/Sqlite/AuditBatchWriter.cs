using Microsoft.Data.Sqlite;
using SreBot.Shared.Storage;

namespace SreBot.Shared.Audit.Sqlite;

/// <summary>
/// Writes one batch in one transaction: takes the write lock first (<c>BEGIN IMMEDIATE</c>, so writers in other
/// processes cannot fork the chain), reads the head inside it, chains and inserts each claimed entry, moves the
/// signed head and commits (durable: <c>synchronous=FULL</c>). On any failure nothing is kept and the connection
/// is dropped, so the next batch starts on a fresh one.
/// </summary>
internal sealed class AuditBatchWriter(SqliteDatabase database, AuditKeyring keyring, TimeProvider time, TimeSpan lockTimeout)
    : IAsyncDisposable
{
    private SqliteConnection? _connection;

    public async Task<IReadOnlyList<(PendingAppend Pending, AuditRecord Record)>> WriteAsync(
        IReadOnlyList<PendingAppend> batch, CancellationToken cancellationToken)
    {
        try
        {
            var connection = _connection ??= await OpenAsync(cancellationToken);
            await using var transaction = connection.BeginTransaction(deferred: false);
            var head = (await AuditHeadStore.ReadAsync(connection, transaction, cancellationToken))?.Head ?? AuditHead.Genesis;
            await using var insert = AuditRecordInsert.Create(connection, transaction);
            var written = new List<(PendingAppend, AuditRecord)>(batch.Count);
            foreach (var pending in batch)
            {
                if (!pending.TryClaim())
                {
                    continue;
                }

                var record = Chain(head, pending);
                await insert.ExecuteAsync(record, pending.ErasesActor, pending.Entry.UserId, cancellationToken);
                head = new AuditHead(record.Sequence, record.Hash);
                written.Add((pending, record));
            }

            if (written.Count > 0)
            {
                await AuditHeadStore.WriteAsync(connection, transaction, head, keyring.HeadMacFor(head), cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }

            return written;
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _connection, null) is { } connection)
        {
            await connection.DisposeAsync();
        }
    }

    private AuditRecord Chain(AuditHead head, PendingAppend pending)
    {
        var entry = pending.Entry;
        var actorRef = entry.UserId is null ? null : keyring.ActorRefFor(entry.UserId);
        return AuditRecordChain.Link(head, entry, actorRef, pending.ErasesActor ? null : entry.UserId, time.GetUtcNow());
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken);
        try
        {
            // The pragma bounds SQLite's own wait for the lock; the driver then retries until its command timeout.
            connection.DefaultTimeout = (int)Math.Ceiling(lockTimeout.TotalSeconds);
            await using var pragma = connection.CreateCommand();
            pragma.CommandText = $"PRAGMA busy_timeout = {(long)lockTimeout.TotalMilliseconds}";
            await pragma.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
