using Microsoft.Extensions.DependencyInjection;
using SreBot.Shared.Storage.Postgres;
using SreBot.Testing;

namespace SreBot.Shared.Tests.Storage.Postgres;

/// <summary>
/// The core services as a host composes them (<see cref="SreBotSharedRegistration.AddSreBotShared"/>) with
/// <c>Storage:Database:Kind</c> = PostgreSQL over a fresh database of the test server (<see cref="TestPostgres"/>), on the
/// given clock, with every PostgreSQL schema migrated: what the PostgreSQL subclasses of the store contracts run against.
/// The database is dropped on dispose (by the host that created it, not by its replicas).
/// </summary>
internal sealed class PostgresStoreHost : IStoreHost
{
    private readonly ServiceProvider _services;
    private readonly string _connectionString;
    private readonly string _dataDirectory;
    private readonly bool _ownsDatabase;

    private PostgresStoreHost(ServiceProvider services, string connectionString, string dataDirectory, bool ownsDatabase)
    {
        _services = services;
        _connectionString = connectionString;
        _dataDirectory = dataDirectory;
        _ownsDatabase = ownsDatabase;
    }

    public string ConnectionString => _connectionString;

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public static async Task<PostgresStoreHost> StartAsync(TimeProvider time)
        => await StartAsync(time, await TestPostgres.CreateDatabaseAsync(CancellationToken.None), ownsDatabase: true);

    public async Task<IStoreHost> StartReplicaAsync(TimeProvider time) => await StartAsync(time, _connectionString, ownsDatabase: false);

    private static async Task<PostgresStoreHost> StartAsync(TimeProvider time, string connectionString, bool ownsDatabase)
    {
        var dataDirectory = Directory.CreateTempSubdirectory("srebot-pgstore-").FullName;
        var provider = StoreHostServices.Build(
            new Dictionary<string, string?>
            {
                ["SreBot:DataDirectory"] = dataDirectory,
                ["Storage:Database:Kind"] = "PostgreSQL",
                ["Storage:Database:ConnectionString"] = connectionString,
            },
            time);
        await provider.GetRequiredService<PostgresDatabase>().InitializeAsync(CancellationToken.None);
        return new PostgresStoreHost(provider, connectionString, dataDirectory, ownsDatabase);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        if (_ownsDatabase)
        {
            await TestPostgres.DropDatabaseAsync(_connectionString, CancellationToken.None);
        }

        Directory.Delete(_dataDirectory, recursive: true);
    }
}
