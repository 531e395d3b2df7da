using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SreBot.Shared.Approvals;
using SreBot.Shared.Storage;
using SreBot.Shared.Storage.Migrations;
using SreBot.Shared.Storage.Postgres;
using SreBot.Testing;

namespace SreBot.Shared.Tests.Storage.Postgres;

/// <summary>Choosing PostgreSQL at start: refused plainly while stores are missing, and never with a password in configuration.</summary>
public sealed class PostgresStartTests : IDisposable
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("srebot-pgstart-").FullName;

    public void Dispose() => Directory.Delete(_dataDirectory, recursive: true);

    private IHost Host(string connectionString) => new HostBuilder()
        .ConfigureAppConfiguration(c => c.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["SreBot:DataDirectory"] = _dataDirectory,
            ["Storage:Database:Kind"] = "PostgreSQL",
            ["Storage:Database:ConnectionString"] = connectionString,
        }))
        .ConfigureServices((context, services) => services
            .AddSingleton<IApprovedActionRunner, UnreachedActionRunner>()
            .AddSreBotShared(context.Configuration))
        .Build();

    [Fact]
    public async Task PostgreSql_StopsTheStart_NamingTheStoresNotBuiltYet()
    {
        using var host = Host(TestPostgres.ServerConnectionString);

        var refused = await Assert.ThrowsAsync<DatabaseNotSupportedException>(() => host.StartAsync(CancellationToken.None));

        Assert.Contains("not built for PostgreSQL yet", refused.Message, StringComparison.Ordinal);
        // Whichever stores are still missing (the list shrinks as each is built), each is named, and a built one is not.
        var missing = PostgresReadiness.StoresNotBuilt(host.Services.GetServices<StoreMigrations>());
        Assert.NotEmpty(missing);
        Assert.All(missing, store => Assert.Contains(store, refused.Message, StringComparison.Ordinal));
        Assert.DoesNotContain("retention", refused.Message, StringComparison.Ordinal); // the leases are built
        Assert.DoesNotContain("approvals", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("conversations", refused.Message, StringComparison.Ordinal);
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
