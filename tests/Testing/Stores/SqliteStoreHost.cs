using Microsoft.Extensions.DependencyInjection;
using SreBot.Shared.Storage;

namespace SreBot.Testing.Stores;

/// <summary>
/// The core services as a host composes them (<see cref="Shared.SreBotSharedRegistration.AddSreBotShared"/>, then
/// <c>configure</c>) over a database file, on the given clock, with every schema created: what the SQLite subclasses of the
/// store contracts and the retention tests run against. Without a data directory it makes a fresh temp one and deletes it
/// on dispose; several hosts over one given directory act as replicas (the directory is then the caller's).
/// </summary>
public sealed class SqliteStoreHost : IStoreHost
{
    private readonly ServiceProvider _services;
    private readonly string _dataDirectory;
    private readonly bool _ownsDirectory;
    private readonly IDictionary<string, string?>? _settings;
    private readonly Action<IServiceCollection>? _configure;

    private SqliteStoreHost(ServiceProvider services, string dataDirectory, bool ownsDirectory, IDictionary<string, string?>? settings, Action<IServiceCollection>? configure)
    {
        _services = services;
        _dataDirectory = dataDirectory;
        _ownsDirectory = ownsDirectory;
        _settings = settings;
        _configure = configure;
    }

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public static async Task<SqliteStoreHost> StartAsync(
        TimeProvider time, string? dataDirectory = null, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        var directory = dataDirectory ?? Directory.CreateTempSubdirectory("srebot-store-").FullName;
        var provider = StoreHostServices.Build(
            new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>()) { ["SreBot:DataDirectory"] = directory },
            time,
            configure);
        await provider.GetRequiredService<SqliteDatabase>().InitializeAsync(CancellationToken.None);
        return new SqliteStoreHost(provider, directory, ownsDirectory: dataDirectory is null, settings, configure);
    }

    public async Task<IStoreHost> StartReplicaAsync(TimeProvider time) => await StartAsync(time, _dataDirectory, _settings, _configure);

    public async ValueTask DisposeAsync()
    {
        // Only this host's pool: clearing every pool would pull connections from under tests running beside this one.
        var database = _services.GetRequiredService<SqliteDatabase>();
        await _services.DisposeAsync();
        database.ClearPool();
        if (_ownsDirectory)
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }
}
