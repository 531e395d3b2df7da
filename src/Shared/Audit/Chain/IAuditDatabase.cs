using System.Data.Common;

namespace SreBot.Shared.Audit.Chain;

/// <summary>
/// What the audit chain needs of a backend (SQLite: <c>Sqlite/SqliteAuditDatabase</c>, PostgreSQL:
/// <c>Postgres/PostgresAuditDatabase</c>): connections, a write transaction that holds the chain's lock against every
/// other writer in any process (so two replicas never both extend the same head), and a read snapshot. The SQL the
/// chain runs is the same on both (<c>@name</c> parameters, <c>ON CONFLICT</c>).
/// </summary>
internal interface IAuditDatabase
{
    Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Runs <paramref name="work"/> in one transaction that holds the audit write lock from its first statement, and
    /// commits it (durably) when the work returns. The work's <c>Erased</c> count says how many rows of personal data it
    /// deleted; when it is above zero, the backend leaves no readable copy of them in <paramref name="erasableTables"/>
    /// after the commit. On any failure nothing of the work is kept and the exception is thrown.
    /// </summary>
    Task<T> WriteAsync<T>(
        IReadOnlyCollection<string> erasableTables,
        Func<DbConnection, DbTransaction, Task<(T Result, int Erased)>> work,
        CancellationToken cancellationToken);

    /// <summary>A read-only transaction whose reads all see one committed state.</summary>
    Task<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken cancellationToken);
}
