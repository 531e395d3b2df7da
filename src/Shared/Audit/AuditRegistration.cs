using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SreBot.Shared.Audit.Sqlite;
using SreBot.Shared.Retention;
using SreBot.Shared.Storage;
using SreBot.Shared.Storage.Migrations;

namespace SreBot.Shared.Audit;

public static class AuditRegistration
{
    /// <summary>
    /// Registers the SQLite audit log as <see cref="IAuditLog"/> and <see cref="IAuditActorEraser"/> (one singleton),
    /// its tables, its retention (<see cref="IRetainedData"/> for <c>audit</c>), and <see cref="AuditOptions"/> bound from the <c>Audit</c> section when a configuration is present.
    /// The host provides <see cref="TimeProvider"/>, <see cref="SqliteDatabase"/> and the <see cref="SreBotOptions"/>.
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
        services.TryAddSingleton<AuditKeyring>();
        services.TryAddSingleton<SqliteAuditLog>();
        services.TryAddSingleton<IAuditLog>(provider => provider.GetRequiredService<SqliteAuditLog>());
        services.TryAddSingleton<IAuditActorEraser>(provider => provider.GetRequiredService<SqliteAuditLog>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IRetainedData, SqliteAuditRetention>());
        return services;
    }
}
