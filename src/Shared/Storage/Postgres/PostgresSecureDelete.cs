using System.Text.RegularExpressions;
using Npgsql;

namespace SreBot.Shared.Storage.Postgres;

/// <summary>
/// Deletions that leave no readable copy in PostgreSQL's table and index files (the twin of <see cref="SqliteSecureDelete"/>).
/// A deleted row stays in its heap page, and its index entries in theirs, until the space is reused; so after the erasing
/// transaction commits, each touched table is rewritten with <c>VACUUM (FULL)</c>, which copies the live rows into new files
/// (indexes and TOAST rebuilt with them) and drops the old ones. What stays in the write-ahead log and in backups is
/// said in docs/scale-out.md (Erasure).
/// </summary>
public static partial class PostgresSecureDelete
{
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
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
        {
            count = await erase(connection, transaction);
            await transaction.CommitAsync(cancellationToken);
        }

        if (count > 0)
        {
            await RewriteAsync(connection, tables, cancellationToken);
        }

        return count;
    }

    /// <summary>Runs one <c>DELETE</c> (or <c>UPDATE</c>) statement that way; <paramref name="tables"/> as above.</summary>
    public static Task<int> EraseAsync(
        this PostgresDatabase database, IReadOnlyCollection<string> tables, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
        => database.SecureDeleteAsync(tables, (connection, transaction) => connection.ExecuteAsync(transaction, sql, cancellationToken, parameters), cancellationToken);

    /// <summary><c>VACUUM (FULL)</c> of each table, outside any transaction (VACUUM cannot run inside one).</summary>
    private static async Task RewriteAsync(NpgsqlConnection connection, IReadOnlyCollection<string> tables, CancellationToken cancellationToken)
    {
        foreach (var table in tables.Distinct(StringComparer.Ordinal))
        {
            await connection.ExecuteAsync(null, $"VACUUM (FULL) {table}", cancellationToken);
        }
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex TableName();
}
