using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SreBot.Shared.Storage;

namespace SreBot.Shared.Tests.Storage;

/// <summary>
/// The core services over a fresh database file in a temp directory, on the given clock, with every schema created: what
/// the SQLite subclasses of the store contracts run against. Disposing deletes the directory.
/// </summary>
internal sealed class SqliteStoreHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly string _directory;

    private SqliteStoreHost(ServiceProvider services, string directory)
    {
        _services = services;
        _directory = directory;
    }

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public static async Task<SqliteStoreHost> StartAsync(TimeProvider time)
    {
        var directory = Directory.CreateTempSubdirectory("srebot-store-").FullName;
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["SreBot:DataDirectory"] = directory })
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<TimeProvider>(time);
        services.AddLogging();
        services.AddSreBotShared(configuration);
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<SqliteDatabase>().InitializeAsync(CancellationToken.None);
        return new SqliteStoreHost(provider, directory);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
