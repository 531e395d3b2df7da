using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace SreBot.Shared.Storage.Postgres;

/// <summary>
/// Deletions that leave no readable copy in PostgreSQL's table and index files (the twin of <see cref="SqliteSecureDelete"/>).
/// A deleted row stays in its heap page, and its index entries in theirs, until the space is reused; so after the erasing
/// transaction commits, each touched table is rewritten with <c>VACUUM (FULL)</c>, which copies the live rows into new files
/// (indexes and TOAST rebuilt with them) and drops the old ones. What stays in the write-ahead log and in backups is
/// said in docs/scale-out.md (Erasure on PostgreSQL).
/// </summary>
/// <remarks>
/// The rewrite keeps a deleted row that a snapshot older than the erasure may still see: a long transaction elsewhere in
/// the database, a <c>CREATE DATABASE</c> in progress, a standby's feedback or a replication slot. So before each rewrite
/// the erasure looks for such a snapshot (the other sessions' <c>backend_xmin</c>/<c>backend_xid</c> in <c>pg_stat_activity</c>,
/// and the slots' <c>xmin</c>) and, while one is there, waits a little and looks
/// again, a few times; then it rewrites anyway and, when an older snapshot was still there, logs a warning naming the table:
/// its next rewrite (the next erasure or retention delete in it) removes what this one kept. A role without
/// <c>pg_read_all_stats</c> sees only its own role's sessions (every SreBot replica), not other roles'.
/// </remarks>
public static partial class PostgresSecureDelete
{
    private const int RewriteAttempts = 5;

    private static readonly TimeSpan RewriteRetryDelay = TimeSpan.FromMilliseconds(50);

    /// <summary>
    /// Runs <paramref name="erase"/> in one transaction, then, when it erased anything, rewrites <paramref name="tables"/>
    /// (the tables whose rows it deleted or updated, cascades included). Returns its count.
    /// </summary>
    public static async Task<int> SecureDeleteAsync(
        this PostgresDatabase database,
        IReadOnlyCollection<string> tables,
        Func<NpgsqlConnection, NpgsqlTransaction, Task<int>> erase,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(erase);
        foreach (var table in tables)
        {
            if (!TableName().IsMatch(table))
            {
                throw new ArgumentException($"'{table}' is not a plain table name.", nameof(tables));
            }
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        int count;
        string erasure;
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
        {
            count = await erase(connection, transaction);
            await using var xid = connection.Command(transaction, "SELECT pg_current_xact_id()::xid::text");
            erasure = (string)(await xid.ExecuteScalarAsync(cancellationToken))!;
            await transaction.CommitAsync(cancellationToken);
        }

        if (count > 0)
        {
            await RewriteAsync(database, connection, tables, erasure, cancellationToken);
        }

        return count;
    }

    /// <summary>Runs one <c>DELETE</c> (or <c>UPDATE</c>) statement that way; <paramref name="tables"/> as above.</summary>
    public static Task<int> EraseAsync(
        this PostgresDatabase database, IReadOnlyCollection<string> tables, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
        => database.SecureDeleteAsync(tables, (connection, transaction) => connection.ExecuteAsync(transaction, sql, cancellationToken, parameters), cancellationToken);

    /// <summary>
    /// <c>VACUUM (FULL)</c> of each table, outside any transaction (VACUUM cannot run inside one), once no snapshot older
    /// than the erasure (transaction <paramref name="erasure"/>) is left, or after <see cref="RewriteAttempts"/> looks.
    /// </summary>
    private static async Task RewriteAsync(
        PostgresDatabase database, NpgsqlConnection connection, IReadOnlyCollection<string> tables, string erasure, CancellationToken cancellationToken)
    {
        foreach (var table in tables.Distinct(StringComparer.Ordinal))
        {
            var older = await OlderSnapshotAsync(connection, erasure, cancellationToken);
            for (var attempt = 1; older && attempt < RewriteAttempts; attempt++)
            {
                await Task.Delay(RewriteRetryDelay * attempt, cancellationToken);
                older = await OlderSnapshotAsync(connection, erasure, cancellationToken);
            }

            await connection.ExecuteAsync(null, $"VACUUM (FULL) {table}", cancellationToken);
            if (older)
            {
                LogRowsKept(database.Logger, table);
            }
        }
    }

    /// <summary>
    /// Whether another session, or a replication slot, holds a snapshot (or runs a transaction) that may still see what
    /// transaction <paramref name="erasure"/> erased. Every database's sessions count: most in another database do not hold
    /// this one's rows back, but some do (a <c>CREATE DATABASE</c> in progress, a standby's feedback), and erasure errs on the safe side.
    /// </summary>
    private static async Task<bool> OlderSnapshotAsync(NpgsqlConnection connection, string erasure, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(null, """
            SELECT EXISTS (
                SELECT 1 FROM pg_stat_activity
                WHERE pid <> pg_backend_pid() AND greatest(age(backend_xmin), age(backend_xid)) >= age(@xid::xid)
            ) OR EXISTS (
                SELECT 1 FROM pg_replication_slots WHERE xmin IS NOT NULL AND age(xmin) >= age(@xid::xid)
            )
            """, ("xid", erasure));
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex TableName();

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Erased rows may still be readable in the files of table '{Table}': a transaction or replication slot older than the erasure still holds a snapshot that may see them, so its rewrite kept them. The table's next rewrite (its next erasure or retention delete) removes them; docs/scale-out.md, Erasure on PostgreSQL.")]
    private static partial void LogRowsKept(ILogger logger, string table);
}
