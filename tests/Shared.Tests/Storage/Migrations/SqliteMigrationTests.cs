using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SreBot.Shared.Storage;
using SreBot.Shared.Storage.Migrations;
using SreBot.Shared.Tests.Audit;

namespace SreBot.Shared.Tests.Storage.Migrations;

/// <summary>Versioned migrations on a real SQLite file: only the missing ones run, once, in order, each with its version row.</summary>
public sealed class SqliteMigrationTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 8, 0, 0, TimeSpan.Zero);

    private static readonly Migration CreateTable = new(1, "create_counter", "CREATE TABLE counter (n INTEGER NOT NULL);");
    private static readonly Migration InsertRow = new(2, "insert_one", "INSERT INTO counter (n) VALUES (1);");

    private readonly TemporaryDirectory _directory = new();
    private readonly FakeTimeProvider _time = new(Start);

    [Fact]
    public async Task Start_AppliesOnlyTheMissingMigrations_InOrder_AndRecordsThem()
    {
        await Database(CreateTable).InitializeAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromDays(1));
        await Database(CreateTable, InsertRow).InitializeAsync(CancellationToken.None);
        await Database(CreateTable, InsertRow).InitializeAsync(CancellationToken.None);

        Assert.Equal(1L, await ScalarAsync("SELECT COUNT(*) FROM counter;"));
        var rows = await RowsAsync("SELECT version || ' ' || name || ' ' || checksum || ' ' || applied_at FROM schema_migrations WHERE store = 'test' ORDER BY version;");
        Assert.Equal(
            [
                $"1 create_counter {CreateTable.Checksum} {SqliteTime.Write(Start)}",
                $"2 insert_one {InsertRow.Checksum} {SqliteTime.Write(Start.AddDays(1))}",
            ],
            rows);
    }

    [Fact]
    public async Task StartsTogetherOnOneFile_ApplyEachMigrationOnce()
    {
        // No migration can run twice: the CREATE would fail, and each INSERT would leave a second row.
        Migration[] migrations =
        [
            CreateTable,
            .. Enumerable.Range(2, 29).Select(v => new Migration(v, $"insert_{v}", $"INSERT INTO counter (n) VALUES ({v});")),
        ];
        var databases = Enumerable.Range(0, 8).Select(_ => Database(migrations)).ToArray();
        using var together = new Barrier(databases.Length);

        await Task.WhenAll(databases.Select(d => Task.Run(async () =>
        {
            together.SignalAndWait(TimeSpan.FromSeconds(30));
            await d.InitializeAsync(CancellationToken.None);
        })));

        Assert.Equal(29L, await ScalarAsync("SELECT COUNT(*) FROM counter;"));
        Assert.Equal(29L, await ScalarAsync("SELECT COUNT(DISTINCT n) FROM counter;"));
        Assert.Equal(30L, await ScalarAsync("SELECT COUNT(*) FROM schema_migrations WHERE store = 'test';"));
    }

    [Fact]
    public async Task AConnectionReturnedToThePoolInsideATransaction_IsRolledBackBeforeItIsHandedOutAgain()
    {
        // A COMMIT refused as busy leaves SQLite inside the transaction; the pool must not hand that connection on as is.
        var database = Database(CreateTable);
        await database.InitializeAsync(CancellationToken.None);
        await using (var left = await database.OpenAsync(CancellationToken.None))
        {
            await using var begin = left.CreateCommand();
            begin.CommandText = "BEGIN IMMEDIATE; INSERT INTO counter (n) VALUES (7);";
            await begin.ExecuteNonQueryAsync();
        }

        await using var next = await database.OpenAsync(CancellationToken.None);

        Assert.Equal(0L, await ScalarAsync("SELECT COUNT(*) FROM counter;"));
    }

    [Fact]
    public async Task AFailingMigration_LeavesNeitherItsChangesNorItsVersionRow()
    {
        var failing = new Migration(2, "half_done", "CREATE TABLE other (x INTEGER); INSERT INTO missing_table VALUES (1);");

        await Assert.ThrowsAsync<SqliteException>(() => Database(CreateTable, failing).InitializeAsync(CancellationToken.None));

        Assert.Equal(0L, await ScalarAsync("SELECT COUNT(*) FROM sqlite_master WHERE name = 'other';"));
        Assert.Equal(["1"], await RowsAsync("SELECT version FROM schema_migrations WHERE store = 'test';"));
    }

    [Fact]
    public async Task ADatabaseNewerThanTheBinary_IsRefused_NamingBothVersions()
    {
        await Database(CreateTable, InsertRow).InitializeAsync(CancellationToken.None);

        var refused = await Assert.ThrowsAsync<SchemaMigrationException>(() => Database(CreateTable).InitializeAsync(CancellationToken.None));

        Assert.Contains("'test' schema at version 2", refused.Message, StringComparison.Ordinal);
        Assert.Contains("versions up to 1", refused.Message, StringComparison.Ordinal);
        Assert.Contains("newer SreBot", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANewerStore_IsRefusedBeforeAnyOtherStoreIsMigrated()
    {
        await Database(CreateTable, InsertRow).InitializeAsync(CancellationToken.None);
        var other = new StoreMigrations("other", StoreMigrations.Sqlite, [new Migration(1, "initial", "CREATE TABLE other_table (x INTEGER);")]);
        var database = new SqliteDatabase(Options(), [other, new StoreMigrations("test", StoreMigrations.Sqlite, [CreateTable])], _time);

        await Assert.ThrowsAsync<SchemaMigrationException>(() => database.InitializeAsync(CancellationToken.None));

        Assert.Equal(0L, await ScalarAsync("SELECT COUNT(*) FROM sqlite_master WHERE name = 'other_table';"));
    }

    [Fact]
    public async Task AMigrationEditedAfterItWasApplied_IsRefused()
    {
        await Database(CreateTable).InitializeAsync(CancellationToken.None);
        var edited = new Migration(1, "create_counter", "CREATE TABLE counter (n INTEGER NOT NULL, extra TEXT);");

        var refused = await Assert.ThrowsAsync<SchemaMigrationException>(() => Database(edited).InitializeAsync(CancellationToken.None));

        Assert.Contains("'test' migration 0001_create_counter", refused.Message, StringComparison.Ordinal);
        Assert.Contains(CreateTable.Checksum, refused.Message, StringComparison.Ordinal);
        Assert.Contains(edited.Checksum, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Checksum_IgnoresLineEndings()
        => Assert.Equal(Migration.ChecksumOf("CREATE TABLE a (x);\nCREATE TABLE b (y);\n"), Migration.ChecksumOf("CREATE TABLE a (x);\r\nCREATE TABLE b (y);\r\n"));

    [Fact]
    public void Migrations_MustBeNumberedWithoutGaps()
        => Assert.Throws<ArgumentException>(() => new StoreMigrations("test", StoreMigrations.Sqlite, [CreateTable, new Migration(3, "skipped", "SELECT 1;")]));

    [Fact]
    public void EmbeddedMigrations_AreFoundByStoreFolder()
    {
        var audit = StoreMigrations.Embedded("audit", StoreMigrations.Sqlite, typeof(SqliteDatabase).Assembly, "Audit/Migrations");

        Assert.Equal("0001_initial", Assert.Single(audit.Migrations).Label);
        Assert.Contains("CREATE TABLE IF NOT EXISTS audit_records", audit.Migrations[0].Sql, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }

    private SqliteDatabase Database(params Migration[] migrations)
        => new(Options(), [new StoreMigrations("test", StoreMigrations.Sqlite, migrations)], _time);

    private IOptions<SreBotOptions> Options() => Microsoft.Extensions.Options.Options.Create(new SreBotOptions { DataDirectory = _directory.Path });

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = await Database(CreateTable).OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task<List<string>> RowsAsync(string sql)
    {
        await using var connection = await Database(CreateTable).OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        }

        return rows;
    }
}
