using System.Data.Common;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SreBot.Shared.Audit;
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
internal sealed class PostgresAuditLogHost : AuditLogHostBase
{
    private readonly bool _owner;
    private readonly Action<AuditOptions>? _configure;

    private PostgresAuditLogHost(ServiceProvider services, string connectionString, string dataDirectory, bool owner, Action<AuditOptions>? configure)
        : base(services, dataDirectory)
    {
        _owner = owner;
        _configure = configure;
        ConnectionString = connectionString;
    }

    public string ConnectionString { get; }

    protected override string WriteLockSql => "BEGIN; LOCK TABLE audit_head IN EXCLUSIVE MODE;";

    protected override string DropTriggersSql => """
        DROP TRIGGER IF EXISTS audit_records_no_update ON audit_records;
        DROP TRIGGER IF EXISTS audit_records_delete_only_checkpointed ON audit_records;
        """;

    public static async Task<PostgresAuditLogHost> StartAsync(Action<AuditOptions>? configure = null)
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync(CancellationToken.None);
        var dataDirectory = Directory.CreateTempSubdirectory("srebot-pgaudit-").FullName;
        return await StartAsync(connectionString, dataDirectory, owner: true, configure);
    }

    public override async Task<IAuditLogHost> StartReplicaAsync() => await StartAsync(ConnectionString, DataDirectory, owner: false, _configure);

    private static async Task<PostgresAuditLogHost> StartAsync(string connectionString, string dataDirectory, bool owner, Action<AuditOptions>? configure)
    {
        var provider = BuildServices(
            dataDirectory,
            services =>
            {
                services.Configure<DatabaseOptions>(options =>
                {
                    options.Kind = DatabaseKind.PostgreSql;
                    options.ConnectionString = connectionString;
                });
                services.AddSingleton<PostgresDatabase>();
            },
            configure);
        await provider.GetRequiredService<PostgresDatabase>().InitializeAsync(CancellationToken.None);
        return new PostgresAuditLogHost(provider, connectionString, dataDirectory, owner, configure);
    }

    protected override async Task<DbConnection> OpenRawAsync()
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>Ends every other session on this database (as a server restart or a failover does to the pools' connections).</summary>
    public Task<List<string>> TerminateBackendsAsync(string? onlyWaitingFor = null) => ReadRawColumnAsync($"""
        SELECT pg_terminate_backend(pid)::text FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid()
        {(onlyWaitingFor is null ? string.Empty : "AND wait_event_type = 'Lock' AND query LIKE '%" + onlyWaitingFor + "%'")}
        """);

    public override async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        if (_owner)
        {
            await TestPostgres.DropDatabaseAsync(ConnectionString, CancellationToken.None);
            Directory.Delete(DataDirectory, recursive: true);
        }
    }
}
