using Microsoft.Extensions.Logging;
using Npgsql;
using SreBot.Shared.Storage.Migrations;

namespace SreBot.Shared.Storage.Postgres;

/// <summary>
/// Applies the missing migrations of every registered store to the PostgreSQL database in one transaction held under a
/// transaction-scoped advisory lock: when several replicas start together, the first migrates while the others wait on
/// the lock, then read the versions it recorded and find nothing to do. PostgreSQL's DDL is transactional, so a failing
/// migration leaves neither its tables nor its <c>schema_migrations</c> row. The plan (and the refusal of a newer or edited
/// schema) is the same <see cref="MigrationPlan"/> as SQLite's.
/// </summary>
internal sealed partial class PostgresMigrator(NpgsqlConnection connection, string databaseName, TimeProvider time, ILogger logger)
{
    /// <summary>The advisory lock key of schema migrations (any fixed 64-bit number; "SreBotMg" in ASCII).</summary>
    internal const long LockKey = 0x5372_6542_6F74_4D67;

    private const string CreateMigrationsTable = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            store TEXT NOT NULL,
            version INTEGER NOT NULL,
            name TEXT NOT NULL,
            checksum TEXT NOT NULL,
            applied_at TIMESTAMPTZ NOT NULL,
            PRIMARY KEY (store, version)
        );
        """;

    public async Task MigrateAsync(IReadOnlyList<StoreMigrations> stores, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(transaction, "SELECT pg_advisory_xact_lock(@key)", cancellationToken, ("key", LockKey));
        await connection.ExecuteAsync(transaction, CreateMigrationsTable, cancellationToken);
        var plans = new List<(StoreMigrations Store, IReadOnlyList<Migration> Pending)>();
        foreach (var store in stores)
        {
            // Every store is checked before any is changed: a newer or edited schema refuses the start untouched.
            plans.Add((store, MigrationPlan.Pending(store, await AppliedAsync(transaction, store.Store, cancellationToken), databaseName)));
        }

        foreach (var (store, pending) in plans)
        {
            foreach (var migration in pending)
            {
                await connection.ExecuteAsync(transaction, migration.Sql, cancellationToken);
                await connection.ExecuteAsync(transaction,
                    "INSERT INTO schema_migrations (store, version, name, checksum, applied_at) VALUES (@store, @version, @name, @checksum, @at)",
                    cancellationToken,
                    ("store", store.Store), ("version", migration.Version), ("name", migration.Name), ("checksum", migration.Checksum), ("at", time.GetUtcNow()));
                LogApplied(logger, store.Store, migration.Label);
            }
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private async Task<IReadOnlyCollection<AppliedMigration>> AppliedAsync(NpgsqlTransaction transaction, string store, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(transaction,
            "SELECT version, name, checksum, applied_at FROM schema_migrations WHERE store = @store ORDER BY version", ("store", store));
        var rows = new List<AppliedMigration>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new AppliedMigration(store, reader.GetInt32(0), reader.GetString(1), reader.GetString(2), reader.GetFieldValue<DateTimeOffset>(3)));
        }

        return rows;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied the '{Store}' PostgreSQL schema migration {Migration}.")]
    private static partial void LogApplied(ILogger logger, string store, string migration);
}
