using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SreBot.Shared.Audit.Chain;
using SreBot.Shared.Audit.Postgres;
using SreBot.Shared.Audit.Sqlite;
using SreBot.Shared.Retention;
using SreBot.Shared.Storage;
using SreBot.Shared.Storage.Keys;
using SreBot.Shared.Storage.Migrations;

namespace SreBot.Shared.Audit;

public static class AuditRegistration
{
    /// <summary>
    /// Registers the audit log as <see cref="IAuditLog"/> and <see cref="IAuditActorEraser"/> (one singleton), its tables,
    /// its retention (<see cref="IRetainedData"/> for <c>audit</c>), and <see cref="AuditOptions"/> bound from the <c>Audit</c>
    /// section when a configuration is present. The backend is chosen by <c>Storage:Database:Kind</c>
    /// (<see cref="StoreBackends.Choose{TService, TSqlite, TPostgres}"/>); the chain, its keys and its verifier are the same on both.
    /// The host provides <see cref="TimeProvider"/>, the <see cref="SreBotOptions"/>, <see cref="DatabaseOptions"/> and the
    /// database of that kind (<see cref="SqliteDatabase"/> or <c>PostgresDatabase</c>).
    /// </summary>
    public static IServiceCollection AddAudit(this IServiceCollection services)
    {
        services.AddLogging();
        services.AddOptions<AuditOptions>()
            .Configure<IServiceProvider>((options, provider) =>
                provider.GetService<IConfiguration>()?.GetSection(AuditOptions.SectionName).Bind(options))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddStoreMigrations("audit", typeof(AuditRegistration).Assembly, "Audit/Migrations");
        services.AddOptions<DatabaseOptions>();
        services.AddKeys();
        services.TryAddSingleton<AuditKeyring>();
        services.TryAddSingleton<IAuditDatabase>(StoreBackends.Choose<IAuditDatabase, SqliteAuditDatabase, PostgresAuditDatabase>);
        services.TryAddSingleton<ChainedAuditLog>();
        services.TryAddSingleton<IAuditLog>(provider => provider.GetRequiredService<ChainedAuditLog>());
        services.TryAddSingleton<IAuditActorEraser>(provider => provider.GetRequiredService<ChainedAuditLog>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IRetainedData, AuditRetention>());
        return services;
    }
}
