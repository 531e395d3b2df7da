using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Npgsql;
using SreBot.Shared.Approvals;
using SreBot.Shared.Storage;
using SreBot.Shared.Storage.Migrations;
using SreBot.Shared.Storage.Postgres;
using SreBot.Testing;

namespace SreBot.Shared.Tests.Storage.Postgres;

/// <summary>Choosing PostgreSQL at start: it starts; refused plainly when a store is not built for it or the server cannot be reached, and never with a password in configuration.</summary>
public sealed class PostgresStartTests : IDisposable
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("srebot-pgstart-").FullName;

    public void Dispose() => Directory.Delete(_dataDirectory, recursive: true);

    private IHost Host(string connectionString, Action<IServiceCollection>? configure = null) => new HostBuilder()
        .ConfigureAppConfiguration(c => c.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["SreBot:DataDirectory"] = _dataDirectory,
            ["Storage:Database:Kind"] = "PostgreSQL",
            ["Storage:Database:ConnectionString"] = connectionString,
        }))
        .ConfigureServices((context, services) =>
        {
            services.AddSingleton<IApprovedActionRunner, UnreachedActionRunner>().AddSreBotShared(context.Configuration);
            configure?.Invoke(services);
        })
        .Build();

    [Fact]
    public async Task PostgreSql_Starts_EveryStoreBeingBuiltForIt()
    {
        var database = await TestPostgres.CreateDatabaseAsync(CancellationToken.None);
        try
        {
            using var host = Host(database);

            await host.StartAsync(CancellationToken.None);

            Assert.Empty(PostgresReadiness.StoresNotBuilt(host.Services.GetServices<StoreMigrations>()));
            await host.StopAsync(CancellationToken.None);
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(database, CancellationToken.None);
        }
    }

    [Fact]
    public async Task AStoreWithoutAPostgreSqlSchema_StopsTheStart_NamingIt()
    {
        using var host = Host(TestPostgres.ServerConnectionString, services => services.AddSingleton(
            new StoreMigrations("future-store", StoreMigrations.Sqlite, [new Migration(1, "initial", "CREATE TABLE future (id INTEGER)")])));

        var refused = await Assert.ThrowsAsync<DatabaseNotSupportedException>(() => host.StartAsync(CancellationToken.None));

        Assert.Contains("not built for PostgreSQL yet", refused.Message, StringComparison.Ordinal);
        Assert.Contains("future-store", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("conversations", refused.Message, StringComparison.Ordinal); // built stores are not named
    }

    [Fact]
    public async Task AServerThatCannotBeReached_StopsTheStart_NamingTheDatabaseAndHost_NotTheConnectionString()
    {
        using var host = Host("Host=127.0.0.1;Port=1;Database=srebot_nowhere;Username=srebot-user");

        var refused = await Assert.ThrowsAsync<DatabaseUnreachableException>(() => host.StartAsync(CancellationToken.None));

        Assert.StartsWith("cannot reach the PostgreSQL database srebot_nowhere on 127.0.0.1: ", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Username", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALoginTheServerRefuses_StopsTheStart_AsUnreachable()
    {
        var refusedDatabase = new NpgsqlConnectionStringBuilder(TestPostgres.ServerConnectionString) { Database = "srebot_no_such_database" }.ConnectionString;
        using var host = Host(refusedDatabase);

        var refused = await Assert.ThrowsAsync<DatabaseUnreachableException>(() => host.StartAsync(CancellationToken.None));

        Assert.Contains("srebot_no_such_database", refused.Message, StringComparison.Ordinal);
        Assert.Contains("does not exist", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AConnectionStringWithAPassword_IsRefusedAtStart_WithoutShowingIt()
    {
        using var host = Host("Host=127.0.0.1;Database=srebot;Username=srebot;Password=hunter2-secret");

        var refused = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(CancellationToken.None));

        Assert.Contains("contains a password", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2-secret", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostgreSql_WithoutAConnectionString_IsRefusedAtStart()
    {
        using var host = Host("");

        var refused = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(CancellationToken.None));

        Assert.Contains("Storage:Database:ConnectionString is empty", refused.Message, StringComparison.Ordinal);
    }
}
