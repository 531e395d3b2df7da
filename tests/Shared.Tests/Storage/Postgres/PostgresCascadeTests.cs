using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SreBot.Shared.Storage;
using SreBot.Shared.Storage.Migrations;
using SreBot.Shared.Storage.Postgres;
using SreBot.Testing;

namespace SreBot.Shared.Tests.Storage.Postgres;

/// <summary>
/// Which tables a delete reaches, from the catalogue of a real database: what an erasure rewrites, so a cascade into a
/// table of another store (traces, LLM interactions) leaves no readable copy there either.
/// </summary>
public sealed class PostgresCascadeTests : IAsyncLifetime
{
    private static readonly StoreMigrations Tree = new("tree", StoreMigrations.PostgreSql,
    [
        new Migration(1, "initial", """
            CREATE TABLE roots (id TEXT PRIMARY KEY);
            CREATE TABLE branches (id TEXT PRIMARY KEY, root_id TEXT NOT NULL REFERENCES roots (id) ON DELETE CASCADE);
            CREATE TABLE leaves (id TEXT PRIMARY KEY, branch_id TEXT NOT NULL REFERENCES branches (id) ON DELETE CASCADE);
            CREATE TABLE tags (id TEXT PRIMARY KEY, root_id TEXT NULL REFERENCES roots (id) ON DELETE SET NULL);
            CREATE TABLE notes (id TEXT PRIMARY KEY, root_id TEXT NOT NULL REFERENCES roots (id));
            CREATE TABLE loops (id TEXT PRIMARY KEY, parent_id TEXT NULL REFERENCES loops (id) ON DELETE CASCADE);
            """),
    ]);

    private string _connectionString = "";

    private static CancellationToken Token => new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token;

    public async Task InitializeAsync() => _connectionString = await TestPostgres.CreateDatabaseAsync(Token);

    public Task DisposeAsync() => TestPostgres.DropDatabaseAsync(_connectionString, Token);

    private async Task<IReadOnlyList<string>> ReachedFromAsync(string table)
    {
        await using var database = new PostgresDatabase(
            Options.Create(new DatabaseOptions { Kind = DatabaseKind.PostgreSql, ConnectionString = _connectionString }),
            [Tree], TimeProvider.System, NullLogger<PostgresDatabase>.Instance);
        await database.InitializeAsync(Token);
        return await database.TablesReachedFromAsync(table, Token);
    }

    [Fact]
    public async Task ADelete_ReachesTheTable_AndEveryTableItsForeignKeysCascadeOrSetNullInto_Transitively()
        => Assert.Equal(["branches", "leaves", "roots", "tags"], await ReachedFromAsync("roots"));

    [Fact]
    public async Task ATableNothingCascadesInto_ReachesOnlyItself_AndASelfReferenceIsNamedOnce()
    {
        Assert.Equal(["leaves"], await ReachedFromAsync("leaves"));
        Assert.Equal(["loops"], await ReachedFromAsync("loops"));
    }
}
