using System.Data.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SreBot.Shared.Audit;
using SreBot.Shared.Audit.Chain;
using SreBot.Shared.Retention;
using SreBot.Shared.Storage;

namespace SreBot.Shared.Tests.Audit;

/// <summary>
/// What both audit log hosts share: the audit services as a host composes them (on a <see cref="FakeTimeProvider"/> from
/// <see cref="IAuditLogHost.Start"/>), and raw SQL through a connection of the backend's own. A backend says only how its
/// database is registered, how a raw connection is opened, and its dialect for the write lock and the triggers.
/// </summary>
internal abstract class AuditLogHostBase(ServiceProvider services, string dataDirectory) : IAuditLogHost
{
    protected ServiceProvider Services { get; } = services;

    public string DataDirectory { get; } = dataDirectory;

    public FakeTimeProvider Time => Services.GetRequiredService<FakeTimeProvider>();

    public IAuditLog Log => Services.GetRequiredService<IAuditLog>();

    public IAuditActorEraser Eraser => Services.GetRequiredService<IAuditActorEraser>();

    /// <summary>The statement that takes the audit write lock (held by the open transaction until the connection closes).</summary>
    protected abstract string WriteLockSql { get; }

    /// <summary>The statements that remove the append-only triggers, as an attacker with database access could.</summary>
    protected abstract string DropTriggersSql { get; }

    public AuditRetention Retention(int? chunkSize = null)
    {
        var registered = Services.GetServices<IRetainedData>().OfType<AuditRetention>().Single();
        return chunkSize is { } size
            ? new AuditRetention(Services.GetRequiredService<IAuditDatabase>(), Services.GetRequiredService<AuditKeyring>(), Time) { ChunkSize = size }
            : registered;
    }

    public abstract Task<IAuditLogHost> StartReplicaAsync();

    /// <summary>A connection of its own (not pooled), as another process or an attacker with database access would have.</summary>
    protected abstract Task<DbConnection> OpenRawAsync();

    public async Task ExecuteRawAsync(string sql)
    {
        await using var connection = await OpenRawAsync();
        await RawSql.ExecuteAsync(connection, sql);
    }

    public async Task<IAsyncDisposable> HoldWriteLockAsync()
    {
        var connection = await OpenRawAsync();
        await RawSql.ExecuteAsync(connection, WriteLockSql);
        return connection;
    }

    public Task TamperAsync(string sql) => ExecuteRawAsync($"{DropTriggersSql}\n{sql}");

    public async Task<List<string>> ReadRawColumnAsync(string sql)
    {
        await using var connection = await OpenRawAsync();
        return await RawSql.ReadColumnAsync(connection, sql);
    }

    public abstract ValueTask DisposeAsync();

    /// <summary>The audit services over <paramref name="dataDirectory"/> (the audit key) and the database <paramref name="backend"/> registers.</summary>
    protected static ServiceProvider BuildServices(string dataDirectory, Action<IServiceCollection> backend, Action<AuditOptions>? configure)
    {
        var services = new ServiceCollection();
        services.AddSingleton(new FakeTimeProvider(IAuditLogHost.Start));
        services.AddSingleton<TimeProvider>(provider => provider.GetRequiredService<FakeTimeProvider>());
        services.AddLogging();
        services.Configure<SreBotOptions>(options => options.DataDirectory = dataDirectory);
        backend(services);
        services.AddAudit();
        if (configure is not null)
        {
            services.Configure(configure);
        }

        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
