using Microsoft.Extensions.DependencyInjection;
using SreBot.Shared.Storage;

namespace SreBot.Shared.Tests.Storage;

/// <summary>
/// The core services as a host composes them (<see cref="SreBotSharedRegistration.AddSreBotShared"/>) over a database file,
/// on the given clock, with every schema created: what the SQLite subclasses of the store contracts and the retention
/// tests run against. Without a data directory it makes a fresh temp one and deletes it on dispose; several hosts over
/// one given directory act as replicas (the directory is then the caller's).
/// </summary>
internal sealed class SqliteStoreHost : IStoreHost
{
    private readonly ServiceProvider _services;
    private readonly string _dataDirectory;
    private readonly string? _ownedDirectory;

    private SqliteStoreHost(ServiceProvider services, string dataDirectory, string? ownedDirectory)
    {
        _services = services;
        _dataDirectory = dataDirectory;
        _ownedDirectory = ownedDirectory;
    }

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public async Task<IStoreHost> StartReplicaAsync(TimeProvider time) => await StartAsync(time, _dataDirectory);

    public static async Task<SqliteStoreHost> StartAsync(TimeProvider time, string? dataDirectory = null, IDictionary<string, string?>? settings = null)
    {
        var ownedDirectory = dataDirectory is null ? Directory.CreateTempSubdirectory("srebot-store-").FullName : null;
        var directory = dataDirectory ?? ownedDirectory!;
        var provider = StoreHostServices.Build(
            new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>()) { ["SreBot:DataDirectory"] = directory },
            time);
        await provider.GetRequiredService<SqliteDatabase>().InitializeAsync(CancellationToken.None);
        return new SqliteStoreHost(provider, directory, ownedDirectory);
    }

    public async ValueTask DisposeAsync()
    {
        // Only this host's pool: clearing every pool would pull connections from under tests running beside this one.
        var database = _services.GetRequiredService<SqliteDatabase>();
        await _services.DisposeAsync();
        database.ClearPool();
        if (_ownedDirectory is not null)
        {
            Directory.Delete(_ownedDirectory, recursive: true);
        }
    }
}
