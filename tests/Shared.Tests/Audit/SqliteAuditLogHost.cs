using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SreBot.Shared.Audit;
using SreBot.Shared.Audit.Chain;
using SreBot.Shared.Retention;
using SreBot.Shared.Storage;

namespace SreBot.Shared.Tests.Audit;

/// <summary>
/// A service provider with the audit log over a SQLite data directory, as a host would build it, plus raw access to
/// the database file for tampering. Owns (and deletes) the directory unless one is passed in.
/// </summary>
internal sealed class SqliteAuditLogHost : IAuditLogHost
{
    private readonly ServiceProvider _services;
    private readonly TemporaryDirectory? _ownedDirectory;
    private readonly Action<AuditOptions>? _configure;

    private SqliteAuditLogHost(ServiceProvider services, string dataDirectory, TemporaryDirectory? ownedDirectory, Action<AuditOptions>? configure)
    {
        _services = services;
        _ownedDirectory = ownedDirectory;
        _configure = configure;
        DataDirectory = dataDirectory;
    }

    public string DataDirectory { get; }

    public FakeTimeProvider Time => _services.GetRequiredService<FakeTimeProvider>();

    public IAuditLog Log => _services.GetRequiredService<IAuditLog>();

    public IAuditActorEraser Eraser => _services.GetRequiredService<IAuditActorEraser>();

    public SqliteDatabase Database => _services.GetRequiredService<SqliteDatabase>();

    public AuditRetention Retention(int? chunkSize = null)
    {
        var registered = _services.GetServices<IRetainedData>().OfType<AuditRetention>().Single();
        return chunkSize is { } size
            ? new AuditRetention(_services.GetRequiredService<IAuditDatabase>(), _services.GetRequiredService<AuditKeyring>(), Time) { ChunkSize = size }
            : registered;
    }

    public static async Task<SqliteAuditLogHost> StartAsync(string? dataDirectory = null, Action<AuditOptions>? configure = null)
    {
        var owned = dataDirectory is null ? new TemporaryDirectory() : null;
        var directory = dataDirectory ?? owned!.Path;
        var services = new ServiceCollection();
        services.AddSingleton(new FakeTimeProvider(IAuditLogHost.Start));
        services.AddSingleton<TimeProvider>(provider => provider.GetRequiredService<FakeTimeProvider>());
        services.AddSingleton<SqliteDatabase>();
        services.Configure<SreBotOptions>(options => options.DataDirectory = directory);
        services.AddAudit();
        if (configure is not null)
        {
            services.Configure(configure);
        }

        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        await provider.GetRequiredService<SqliteDatabase>().InitializeAsync(CancellationToken.None);
        return new SqliteAuditLogHost(provider, directory, owned, configure);
    }

    public async Task<IAuditLogHost> StartReplicaAsync() => await StartAsync(DataDirectory, _configure);

    /// <summary>A connection of its own (not pooled), as another process or an attacker with file access would have.</summary>
    public async Task<SqliteConnection> OpenRawConnectionAsync()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = Database.FilePath,
            Pooling = false,
        }.ToString());
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
        await RawSql.ExecuteAsync(connection, "BEGIN EXCLUSIVE");
        return connection;
    }

    public Task TamperAsync(string sql) => ExecuteRawAsync($"""
        DROP TRIGGER IF EXISTS audit_records_no_update;
        DROP TRIGGER IF EXISTS audit_records_delete_only_checkpointed;
        {sql}
        """);

    public async Task<List<string>> ReadRawColumnAsync(string sql)
    {
        await using var connection = await OpenRawConnectionAsync();
        return await RawSql.ReadColumnAsync(connection, sql);
    }

    public async ValueTask DisposeAsync()
    {
        await using (var connection = await Database.OpenAsync(CancellationToken.None))
        {
            await _services.DisposeAsync();
            SqliteConnection.ClearPool(connection);
        }

        _ownedDirectory?.Dispose();
    }
}
