using System.Data;
using System.Data.Common;
using System.Globalization;
using Microsoft.Extensions.Options;
using Npgsql;
using SreBot.Shared.Audit.Chain;
using SreBot.Shared.Storage;
using SreBot.Shared.Storage.Postgres;

namespace SreBot.Shared.Audit.Postgres;

/// <summary>
/// The audit chain on PostgreSQL, shared by every replica. The write lock is <c>LOCK TABLE audit_head IN EXCLUSIVE
/// MODE</c>, the first statement of each write transaction: it is held until the transaction ends, in the database, so
/// of two replicas only one at a time reads the head and extends it (readers are not blocked; it also works before the
/// head row exists). It is waited for at most <see cref="AuditOptions.WriteLockTimeout"/> (<c>lock_timeout</c>). A commit
/// is durable when it returns (<c>synchronous_commit</c> on, the server's default). A transaction that deleted personal
/// data runs through <see cref="PostgresSecureDelete"/>, which rewrites the touched tables afterwards.
/// </summary>
internal sealed class PostgresAuditDatabase(PostgresDatabase database, IOptions<AuditOptions> options) : IAuditDatabase
{
    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) => await database.OpenAsync(cancellationToken);

    public async Task<T> WriteAsync<T>(
        IReadOnlyCollection<string> erasableTables,
        Func<DbConnection, DbTransaction, Task<(T Result, int Erased)>> work,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        T result = default!;
        await database.SecureDeleteAsync(erasableTables, async (connection, transaction) =>
        {
            await LockAsync(connection, transaction, cancellationToken);
            var done = await work(connection, transaction);
            result = done.Result;
            return done.Erased;
        }, cancellationToken);
        return result;
    }

    public async Task<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var transaction = await ((NpgsqlConnection)connection).BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        await ((NpgsqlConnection)connection).ExecuteAsync(transaction, "SET TRANSACTION READ ONLY", cancellationToken);
        return transaction;
    }

    private Task LockAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        var timeout = ((long)options.Value.WriteLockTimeout.TotalMilliseconds).ToString(CultureInfo.InvariantCulture) + "ms";
        return connection.ExecuteAsync(transaction, """
            SELECT set_config('lock_timeout', @timeout, true);
            LOCK TABLE audit_head IN EXCLUSIVE MODE;
            """, cancellationToken, ("timeout", timeout));
    }
}
