using Microsoft.Extensions.DependencyInjection;
using SreBot.Shared.Storage.Postgres;

namespace SreBot.Testing.Stores;

/// <summary>
/// The core services as a host composes them (<see cref="Shared.SreBotSharedRegistration.AddSreBotShared"/>, then
/// <c>configure</c>) with <c>Storage:Database:Kind</c> = PostgreSQL over a fresh database of the test server
/// (<see cref="TestPostgres"/>), on the given clock, with every PostgreSQL schema migrated: what the PostgreSQL subclasses
/// of the store contracts run against. The database is dropped on dispose (by the host that made it, not its replicas).
/// </summary>
public sealed class PostgresStoreHost : IStoreHost
{
    private readonly ServiceProvider _services;
    private readonly string _dataDirectory;
    private readonly bool _ownsDatabase;
    private readonly Action<IServiceCollection>? _configure;

    private PostgresStoreHost(ServiceProvider services, string connectionString, string dataDirectory, bool ownsDatabase, Action<IServiceCollection>? configure)
    {
        _services = services;
        ConnectionString = connectionString;
        _dataDirectory = dataDirectory;
        _ownsDatabase = ownsDatabase;
        _configure = configure;
    }

    public string ConnectionString { get; }

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public static async Task<PostgresStoreHost> StartAsync(TimeProvider time, Action<IServiceCollection>? configure = null)
        => await StartAsync(time, await TestPostgres.CreateDatabaseAsync(CancellationToken.None), ownsDatabase: true, configure);

    public async Task<IStoreHost> StartReplicaAsync(TimeProvider time) => await StartAsync(time, ConnectionString, ownsDatabase: false, _configure);

    private static async Task<PostgresStoreHost> StartAsync(TimeProvider time, string connectionString, bool ownsDatabase, Action<IServiceCollection>? configure)
    {
        var dataDirectory = Directory.CreateTempSubdirectory("srebot-pgstore-").FullName;
        var provider = StoreHostServices.Build(
            new Dictionary<string, string?>
            {
                ["SreBot:DataDirectory"] = dataDirectory,
                ["Storage:Database:Kind"] = "PostgreSQL",
                ["Storage:Database:ConnectionString"] = connectionString,
            },
            time,
            configure);
        await provider.GetRequiredService<PostgresDatabase>().InitializeAsync(CancellationToken.None);
        return new PostgresStoreHost(provider, connectionString, dataDirectory, ownsDatabase, configure);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        if (_ownsDatabase)
        {
            await TestPostgres.DropDatabaseAsync(ConnectionString, CancellationToken.None);
        }

        Directory.Delete(_dataDirectory, recursive: true);
    }
}
