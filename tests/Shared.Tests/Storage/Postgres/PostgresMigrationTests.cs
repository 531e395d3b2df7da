using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using SreBot.Shared.Storage.Migrations;
using SreBot.Shared.Storage.Postgres;
using SreBot.Shared.Storage;
using SreBot.Testing;

namespace SreBot.Shared.Tests.Storage.Postgres;

/// <summary>Versioned migrations on a real PostgreSQL database: applied once by replicas starting together, a newer schema refused.</summary>
public sealed class PostgresMigrationTests : IAsyncLifetime
{
    private static readonly StoreMigrations Widgets = new("widgets", StoreMigrations.PostgreSql,
    [
        new Migration(1, "initial", "CREATE TABLE widgets (id INTEGER PRIMARY KEY);"),
        new Migration(2, "add_name", "ALTER TABLE widgets ADD COLUMN name TEXT NOT NULL DEFAULT '';"),
    ]);

    private string _connectionString = "";

    private static CancellationToken Token => new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token;

    public async Task InitializeAsync() => _connectionString = await TestPostgres.CreateDatabaseAsync(Token);

    public Task DisposeAsync() => TestPostgres.DropDatabaseAsync(_connectionString, Token);

    private PostgresDatabase Database(StoreMigrations migrations) => new(
        Options.Create(new DatabaseOptions { Kind = DatabaseKind.PostgreSql, ConnectionString = _connectionString }),
        [migrations],
        TimeProvider.System,
        NullLogger<PostgresDatabase>.Instance);

    [Fact]
    public async Task ReplicasStartingTogether_ApplyEachMigrationOnce()
    {
        var replicas = Enumerable.Range(0, 4).Select(_ => Database(Widgets)).ToArray();

        await Task.WhenAll(replicas.Select(r => r.InitializeAsync(Token)));

        await using var connection = await replicas[0].OpenAsync(Token);
        await using var count = connection.Command(null, "SELECT count(*) FROM schema_migrations WHERE store = 'widgets'");
        Assert.Equal(2L, await count.ExecuteScalarAsync(Token));
        await using var insert = connection.Command(null, "INSERT INTO widgets (id, name) VALUES (1, 'one')");
        Assert.Equal(1, await insert.ExecuteNonQueryAsync(Token));
        foreach (var replica in replicas)
        {
            await replica.DisposeAsync();
        }
    }

    [Fact]
    public async Task ASchemaWrittenByANewerSreBot_IsRefused_AndLeftUntouched()
    {
        await using (var newer = Database(Widgets))
        {
            await newer.InitializeAsync(Token);
        }

        var older = new StoreMigrations("widgets", StoreMigrations.PostgreSql, [Widgets.Migrations[0]]);
        await using var database = Database(older);

        var refused = await Assert.ThrowsAsync<SchemaMigrationException>(() => database.InitializeAsync(Token));

        Assert.Contains("version 2", refused.Message, StringComparison.Ordinal);
        Assert.Contains("newer SreBot", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFailingMigration_LeavesNeitherItsTablesNorItsRecord()
    {
        var broken = new StoreMigrations("widgets", StoreMigrations.PostgreSql,
        [
            Widgets.Migrations[0],
            new Migration(2, "broken", "ALTER TABLE widgets ADD COLUMN name TEXT; SELECT no_such_function();"),
        ]);
        await using var database = Database(broken);

        await Assert.ThrowsAsync<PostgresException>(() => database.InitializeAsync(Token));

        await using var connection = await database.OpenAsync(Token);
        await using var tables = connection.Command(null, "SELECT count(*) FROM pg_tables WHERE tablename IN ('widgets', 'schema_migrations')");
        Assert.Equal(0L, await tables.ExecuteScalarAsync(Token));
    }
}
