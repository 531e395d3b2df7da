using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using SreBot.Shared.Audit;
using SreBot.Shared.Audit.Chain;
using SreBot.Shared.Retention;
using SreBot.Shared.Storage;
using SreBot.Shared.Storage.Postgres;
using SreBot.Testing;

namespace SreBot.Shared.Tests.Audit;

/// <summary>
/// A service provider with the audit log over PostgreSQL (<c>Storage:Database:Kind</c> = PostgreSQL), as a host would
/// build it, over a fresh database of the test server (<see cref="TestPostgres"/>), plus raw connections of its own for
/// tampering. The first host owns the database and the data directory (the audit key) and removes both; a replica
/// (<see cref="StartReplicaAsync"/>) shares them with its own pool, as a second process would.
/// </summary>
internal sealed class PostgresAuditLogHost : IAuditLogHost
{
    private readonly ServiceProvider _services;
    private readonly bool _owner;
    private readonly Action<AuditOptions>? _configure;

    private PostgresAuditLogHost(ServiceProvider services, string connectionString, string dataDirectory, bool owner, Action<AuditOptions>? configure)
    {
        _services = services;
        _owner = owner;
        _configure = configure;
        ConnectionString = connectionString;
        DataDirectory = dataDirectory;
    }

    public string ConnectionString { get; }

    public string DataDirectory { get; }

    public FakeTimeProvider Time => _services.GetRequiredService<FakeTimeProvider>();

    public IAuditLog Log => _services.GetRequiredService<IAuditLog>();

    public IAuditActorEraser Eraser => _services.GetRequiredService<IAuditActorEraser>();

    public AuditRetention Retention(int? chunkSize = null)
    {
        var registered = _services.GetServices<IRetainedData>().OfType<AuditRetention>().Single();
        return chunkSize is { } size
            ? new AuditRetention(_services.GetRequiredService<IAuditDatabase>(), _services.GetRequiredService<AuditKeyring>(), Time) { ChunkSize = size }
            : registered;
    }

    public static async Task<PostgresAuditLogHost> StartAsync(Action<AuditOptions>? configure = null)
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync(CancellationToken.None);
        var dataDirectory = Directory.CreateTempSubdirectory("srebot-pgaudit-").FullName;
        return await StartAsync(connectionString, dataDirectory, owner: true, configure);
    }

    public async Task<IAuditLogHost> StartReplicaAsync() => await StartAsync(ConnectionString, DataDirectory, owner: false, _configure);

    private static async Task<PostgresAuditLogHost> StartAsync(string connectionString, string dataDirectory, bool owner, Action<AuditOptions>? configure)
    {
        var services = new ServiceCollection();
        services.AddSingleton(new FakeTimeProvider(IAuditLogHost.Start));
        services.AddSingleton<TimeProvider>(provider => provider.GetRequiredService<FakeTimeProvider>());
        services.AddLogging();
        services.Configure<SreBotOptions>(options => options.DataDirectory = dataDirectory);
        services.Configure<DatabaseOptions>(options =>
        {
            options.Kind = DatabaseKind.PostgreSql;
            options.ConnectionString = connectionString;
        });
        services.AddSingleton<PostgresDatabase>();
        services.AddAudit();
        if (configure is not null)
        {
            services.Configure(configure);
        }

        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        await provider.GetRequiredService<PostgresDatabase>().InitializeAsync(CancellationToken.None);
        return new PostgresAuditLogHost(provider, connectionString, dataDirectory, owner, configure);
    }

    /// <summary>A connection of its own (not pooled), as another process or an attacker with database access would have.</summary>
    public async Task<NpgsqlConnection> OpenRawConnectionAsync()
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    public async Task ExecuteRawAsync(string sql)
    {
        await using var connection = await OpenRawConnectionAsync();
        await RawSql.ExecuteAsync(connection, sql);
    }

    public async Task<IAsyncDisposable> HoldWriteLockAsync()
    {
        var connection = await OpenRawConnectionAsync();
        await RawSql.ExecuteAsync(connection, "BEGIN; LOCK TABLE audit_head IN EXCLUSIVE MODE;");
        return connection;
    }

    public Task TamperAsync(string sql) => ExecuteRawAsync($"""
        DROP TRIGGER IF EXISTS audit_records_no_update ON audit_records;
        DROP TRIGGER IF EXISTS audit_records_delete_only_checkpointed ON audit_records;
        {sql}
        """);

    public async Task<List<string>> ReadRawColumnAsync(string sql)
    {
        await using var connection = await OpenRawConnectionAsync();
        return await RawSql.ReadColumnAsync(connection, sql);
    }

    /// <summary>Ends every other session on this database (as a server restart or a failover does to the pools' connections).</summary>
    public Task<List<string>> TerminateBackendsAsync(string? onlyWaitingFor = null) => ReadRawColumnAsync($"""
        SELECT pg_terminate_backend(pid)::text FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid()
        {(onlyWaitingFor is null ? string.Empty : "AND wait_event_type = 'Lock' AND query LIKE '%" + onlyWaitingFor + "%'")}
        """);

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        if (_owner)
        {
            await TestPostgres.DropDatabaseAsync(ConnectionString, CancellationToken.None);
            Directory.Delete(DataDirectory, recursive: true);
        }
    }
}
