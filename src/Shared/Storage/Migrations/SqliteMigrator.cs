using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace SreBot.Shared.Storage.Migrations;

/// <summary>
/// Applies the missing migrations of every registered store to the SQLite file. Each migration runs in one write
/// transaction together with its <c>schema_migrations</c> row, so it is either fully applied and recorded or not at all.
/// The transaction is taken with <c>BEGIN IMMEDIATE</c> and the applied versions are read again inside it: when two
/// processes start on one file, the second waits for the first's lock and then finds the version recorded, so no
/// migration runs twice. (This is the seam for a server database: PostgreSQL will hold an advisory lock around the
/// whole run and apply the same <see cref="MigrationPlan"/>.)
/// </summary>
internal sealed partial class SqliteMigrator(SqliteConnection connection, string databaseName, TimeProvider time, ILogger logger)
{
    private const string CreateMigrationsTable = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            store TEXT NOT NULL,
            version INTEGER NOT NULL,
            name TEXT NOT NULL,
            checksum TEXT NOT NULL,
            applied_at TEXT NOT NULL,
            PRIMARY KEY (store, version)
        );
        """;

    public async Task MigrateAsync(IReadOnlyList<StoreMigrations> stores, CancellationToken cancellationToken)
    {
        await using (var transaction = connection.BeginTransaction(deferred: false))
        {
            await ExecuteAsync(transaction, CreateMigrationsTable, cancellationToken);
            foreach (var store in stores)
            {
                // Refuse a newer or edited database before changing anything in it.
                MigrationPlan.Pending(store, await AppliedAsync(transaction, store.Store, cancellationToken), databaseName);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        foreach (var store in stores)
        {
            while (await ApplyNextAsync(store, cancellationToken))
            {
            }
        }
    }

    /// <summary>Applies the store's first missing migration, if any, in a write transaction; false when none is missing.</summary>
    private async Task<bool> ApplyNextAsync(StoreMigrations store, CancellationToken cancellationToken)
    {
        await using var transaction = connection.BeginTransaction(deferred: false);
        var pending = MigrationPlan.Pending(store, await AppliedAsync(transaction, store.Store, cancellationToken), databaseName);
        if (pending.Count == 0)
        {
            return false;
        }

        var migration = pending[0];
        await ExecuteAsync(transaction, migration.Sql, cancellationToken);
        await using (var record = connection.CreateCommand())
        {
            record.Transaction = transaction;
            record.CommandText = "INSERT INTO schema_migrations (store, version, name, checksum, applied_at) VALUES ($store, $version, $name, $checksum, $at);";
            record.Parameters.AddWithValue("$store", store.Store);
            record.Parameters.AddWithValue("$version", migration.Version);
            record.Parameters.AddWithValue("$name", migration.Name);
            record.Parameters.AddWithValue("$checksum", migration.Checksum);
            record.Parameters.AddWithValue("$at", SqliteTime.Write(time.GetUtcNow()));
            await record.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        LogApplied(logger, store.Store, migration.Label);
        return true;
    }

    private async Task<IReadOnlyCollection<AppliedMigration>> AppliedAsync(SqliteTransaction transaction, string store, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT version, name, checksum, applied_at FROM schema_migrations WHERE store = $store ORDER BY version;";
        command.Parameters.AddWithValue("$store", store);
        var rows = new List<AppliedMigration>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new AppliedMigration(
                store,
                reader.GetInt32(0),
                reader.GetString(1),
                reader.GetString(2),
                SqliteTime.Read(reader.GetString(3))));
        }

        return rows;
    }

    private async Task ExecuteAsync(SqliteTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied the '{Store}' schema migration {Migration}.")]
    private static partial void LogApplied(ILogger logger, string store, string migration);
}
