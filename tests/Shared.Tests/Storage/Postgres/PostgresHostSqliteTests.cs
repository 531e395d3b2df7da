using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SreBot.Shared.AgentAccess;
using SreBot.Shared.Identity;
using SreBot.Shared.Leases;
using SreBot.Shared.Privacy;
using SreBot.Shared.Storage;
using SreBot.Shared.Storage.Postgres;

namespace SreBot.Shared.Tests.Storage.Postgres;

/// <summary>Issue 15, "with PostgreSQL nothing is written to SQLite": a PostgreSQL host's services never make the SQLite file.</summary>
public sealed class PostgresHostSqliteTests : IDisposable
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("srebot-pgnosqlite-").FullName;

    public void Dispose() => Directory.Delete(_dataDirectory, recursive: true);

    private ServiceProvider Services(string kind)
    {
        var settings = new Dictionary<string, string?> { ["SreBot:DataDirectory"] = _dataDirectory, ["Storage:Database:Kind"] = kind };
        if (kind == "PostgreSQL")
        {
            settings["Storage:Database:ConnectionString"] = "Host=127.0.0.1;Port=1;Database=srebot"; // never connected to here
        }

        return StoreHostServices.Build(settings, new FakeTimeProvider());
    }

    [Fact]
    public async Task APostgreSqlHost_ResolvesItsStoresAndErasureFlush_WithoutCreatingTheSqliteFile()
    {
        await using var services = Services("PostgreSQL");

        Assert.IsType<PostgresErasureFlush>(services.GetRequiredService<IErasureFlush>());
        services.GetRequiredService<IAgentStateStore>();
        services.GetRequiredService<ILocalRoleStore>();
        services.GetRequiredService<ILeaseStore>();

        Assert.Empty(Directory.EnumerateFiles(_dataDirectory, "*.db*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task APostgreSqlHost_RefusesToMakeTheSqliteDatabase_StoppingTheStart()
    {
        await using var services = Services("PostgreSQL");

        // The reason names the stores not built for PostgreSQL while there are any, then the service still asking for SQLite.
        var refused = Assert.Throws<DatabaseNotSupportedException>(() => services.GetRequiredService<SqliteDatabase>());

        Assert.Contains("PostgreSQL", refused.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_dataDirectory, SqliteDatabase.FileName)));
    }

    [Fact]
    public async Task ASqliteHost_StillFlushesErasuresThroughItsOneSqliteDatabase()
    {
        await using var services = Services("Sqlite");

        Assert.Same(services.GetRequiredService<SqliteDatabase>(), services.GetRequiredService<IErasureFlush>());
    }
}
