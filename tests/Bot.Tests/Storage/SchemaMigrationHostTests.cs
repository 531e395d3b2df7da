using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SreBot.Bot.Tests.Infrastructure;
using SreBot.Bot.Tests.Redaction;
using SreBot.Shared.Storage;
using SreBot.Shared.Storage.Migrations;

namespace SreBot.Bot.Tests.Storage;

/// <summary>
/// The real host over data directories made by the old <c>CREATE ... IF NOT EXISTS</c> scripts (every shipped version) and
/// over databases this binary cannot use.
/// </summary>
public sealed class SchemaMigrationHostTests
{
    private static readonly string[] Stores =
        ["agent", "local-roles", "approvals", "conversations", "traces", "memories", "knowledge", "retention", "audit", "sandbox-estate", "forget-me", "llm", "work-queue", "incidents"];

    // Tables the migrations after version 1 add: a fresh or adopted database has the old scripts' schema plus these.
    private static readonly string[] AddedAfterVersionOne = ["channel_conversations"];

    // Tables of stores that came after the old scripts (their version 1 is their first schema).
    private static readonly string[] AddedByLaterStores = ["incident_alerts", "incidents", "work_queue"];

    private static bool IsOld((string Type, string Name, string Table, string? Sql) o) => !AddedAfterVersionOne.Contains(o.Table) && !AddedByLaterStores.Contains(o.Table);

    // Columns the migrations after version 1 add to the old scripts' tables (table, column definition as written).
    private static readonly (string Table, string Column)[] ColumnsAddedAfterVersionOne = [("approvals", "motivation TEXT NULL")];

    [Fact]
    public async Task AFreshDatabase_HasExactlyTheSchemaTheOldScriptsCreated()
    {
        using var legacy = new LegacyDirectory();
        await legacy.CreateWithOldScriptsAsync();
        using var app = new SreBotApp();

        _ = app.Services; // starts the host: the migrations run

        var fresh = await SchemaAsync(app.DataDirectory);
        Assert.Equal(await SchemaAsync(legacy.Path), WithoutLaterAdditions(fresh));
        Assert.All(ColumnsAddedAfterVersionOne, c => Assert.Contains(fresh, o => o.Type == "table" && o.Name == c.Table && o.Sql!.Contains(c.Column, StringComparison.Ordinal)));
        Assert.Equal(AddedByLaterStores, fresh.Where(o => o.Type == "table" && AddedByLaterStores.Contains(o.Name)).Select(o => o.Name));
        Assert.Equal(AddedAfterVersionOne, fresh.Where(o => o.Type == "table" && AddedAfterVersionOne.Contains(o.Name)).Select(o => o.Name));
        Assert.Contains(("table", "audit_records"), fresh.Select(o => (o.Type, o.Name)));
        Assert.Contains(("trigger", "audit_records_delete_only_checkpointed"), fresh.Select(o => (o.Type, o.Name)));
        Assert.Contains(("table", "knowledge_fts"), fresh.Select(o => (o.Type, o.Name)));
    }

    [Fact]
    public async Task ADataDirectoryFromTheOldScripts_IsAdopted_KeepingItsData_AndRecordingEveryVersion()
    {
        using var app = new SreBotApp();
        using var legacy = new LegacyDirectory(app.DataDirectory);
        await legacy.CreateWithOldScriptsAsync();
        await ExecuteAsync(app.DataDirectory, """
            INSERT INTO local_roles (user_id, role, assigned_by, assigned_at) VALUES ('olga', 'operator', 'ada', '2025-01-01T00:00:00.0000000Z');
            INSERT INTO memories (id, text, owner_id, visibility, created_at, created_by) VALUES ('mem_1', 'the cache warms slowly', 'olga', 'team', '2025-01-01T00:00:00.0000000Z', 'olga');
            INSERT INTO memories_fts (rowid, text) VALUES (1, 'the cache warms slowly');
            """);
        var before = await SchemaAsync(app.DataDirectory);

        using var roles = await app.ClientFor("ada", "admin").GetAsync("/api/v1/agent/roles", TestContext.Token);

        Assert.True(roles.IsSuccessStatusCode, await roles.Content.ReadAsStringAsync(TestContext.Token));
        Assert.Contains("olga", await roles.Content.ReadAsStringAsync(TestContext.Token), StringComparison.Ordinal);
        Assert.Equal(["mem_1"], await RowsAsync(app.DataDirectory, "SELECT id FROM memories;"));
        Assert.Equal(before, WithoutLaterAdditions(await SchemaAsync(app.DataDirectory)));
        var recorded = await RowsAsync(app.DataDirectory, "SELECT store || ' ' || version || ' ' || checksum FROM schema_migrations ORDER BY store, version;");
        var expected = app.Services.GetServices<StoreMigrations>().Where(s => s.Backend == StoreMigrations.Sqlite)
            .SelectMany(s => s.Migrations.Select(m => $"{s.Store} {m.Version} {m.Checksum}"))
            .Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, recorded);
        Assert.Equal(Stores.Order(StringComparer.Ordinal), recorded.Where(r => r.Split(' ')[1] == "1").Select(r => r.Split(' ')[0]));
    }

    [Fact]
    public async Task ADatabaseNewerThanTheBinary_StopsTheHost_NamingTheVersions()
    {
        var logs = new RecordingLoggerProvider();
        using var app = new SreBotApp(services: s => s.AddSingleton<ILoggerProvider>(logs));
        await RecordAsync(app.DataDirectory, "audit", 7, "future", "0000");

        Assert.ThrowsAny<Exception>(() => app.Services); // the host stopped before it served anything

        var refusal = Assert.Single(logs.Lines, l => l.StartsWith("Critical", StringComparison.Ordinal));
        Assert.Contains("SreBot will not start", refusal, StringComparison.Ordinal);
        Assert.Contains("'audit' schema at version 7", refusal, StringComparison.Ordinal);
        Assert.Contains("versions up to 1", refusal, StringComparison.Ordinal);
        Assert.DoesNotContain("audit_records", (await SchemaAsync(app.DataDirectory)).Select(o => o.Name));
    }

    [Fact]
    public async Task AnAppliedMigrationWithAnotherChecksum_StopsTheHost()
    {
        var logs = new RecordingLoggerProvider();
        using var app = new SreBotApp(services: s => s.AddSingleton<ILoggerProvider>(logs));
        await RecordAsync(app.DataDirectory, "memories", 1, "initial", "0123abcd");

        Assert.ThrowsAny<Exception>(() => app.Services);

        var refusal = Assert.Single(logs.Lines, l => l.StartsWith("Critical", StringComparison.Ordinal));
        Assert.Contains("'memories' migration 0001_initial", refusal, StringComparison.Ordinal);
        Assert.Contains("0123abcd", refusal, StringComparison.Ordinal);
        Assert.Contains("edited", refusal, StringComparison.Ordinal);
    }

    // The schema as the old scripts made it: without the tables and columns later migrations add (ALTER TABLE ADD COLUMN appends ", <column>" to the table's SQL).
    private static List<(string Type, string Name, string Table, string? Sql)> WithoutLaterAdditions(IEnumerable<(string Type, string Name, string Table, string? Sql)> schema)
        => [.. schema.Where(IsOld).Select(o => o with
        {
            Sql = o.Type == "table" && o.Sql is { } sql
                ? ColumnsAddedAfterVersionOne.Where(c => c.Table == o.Name).Aggregate(sql, (text, c) => System.Text.RegularExpressions.Regex.Replace(text, @",\s*" + System.Text.RegularExpressions.Regex.Escape(c.Column), string.Empty))
                : o.Sql,
        })];

    /// <summary>Every object SQLite keeps in sqlite_master except the migrations table: (type, name, table, SQL).</summary>
    private static async Task<List<(string Type, string Name, string Table, string? Sql)>> SchemaAsync(string directory)
    {
        await using var connection = await OpenAsync(directory);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name <> 'schema_migrations' AND tbl_name <> 'schema_migrations' ORDER BY type, name;";
        var objects = new List<(string, string, string, string?)>();
        await using var reader = await command.ExecuteReaderAsync(TestContext.Token);
        while (await reader.ReadAsync(TestContext.Token))
        {
            objects.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3)));
        }

        return objects;
    }

    private static async Task RecordAsync(string directory, string store, int version, string name, string checksum)
        => await ExecuteAsync(directory, $"""
            CREATE TABLE schema_migrations (store TEXT NOT NULL, version INTEGER NOT NULL, name TEXT NOT NULL, checksum TEXT NOT NULL, applied_at TEXT NOT NULL, PRIMARY KEY (store, version));
            INSERT INTO schema_migrations VALUES ('{store}', {version}, '{name}', '{checksum}', '2030-01-01T00:00:00.0000000Z');
            """);

    private static async Task ExecuteAsync(string directory, string sql)
    {
        await using var connection = await OpenAsync(directory);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(TestContext.Token);
    }

    private static async Task<List<string>> RowsAsync(string directory, string sql)
    {
        await using var connection = await OpenAsync(directory);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(TestContext.Token);
        while (await reader.ReadAsync(TestContext.Token))
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    private static async Task<SqliteConnection> OpenAsync(string directory)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(directory, SqliteDatabase.FileName), Pooling = false }.ToString());
        await connection.OpenAsync(TestContext.Token);
        return connection;
    }

    /// <summary>A data directory whose database was made by the old start-up: every old script run in turn.</summary>
    private sealed class LegacyDirectory(string? path = null) : IDisposable
    {
        private readonly bool _owned = path is null;

        public string Path { get; } = path ?? Directory.CreateTempSubdirectory("srebot-legacy-").FullName;

        public async Task CreateWithOldScriptsAsync()
        {
            await using var connection = await OpenAsync(Path);
            await using (var wal = connection.CreateCommand())
            {
                wal.CommandText = "PRAGMA journal_mode=WAL;";
                await wal.ExecuteNonQueryAsync(TestContext.Token);
            }

            // Twice, as two starts of an old version would: the scripts were run at every start.
            foreach (var (_, script) in LegacySchemaScripts.All.Concat(LegacySchemaScripts.All))
            {
                await using var command = connection.CreateCommand();
                command.CommandText = script;
                await command.ExecuteNonQueryAsync(TestContext.Token);
            }
        }

        public void Dispose()
        {
            if (_owned)
            {
                Directory.Delete(Path, recursive: true);
            }
        }
    }
}
