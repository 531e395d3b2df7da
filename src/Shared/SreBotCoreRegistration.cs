using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SreBot.Shared.Agent;
using SreBot.Shared.Audit;
using SreBot.Shared.Estate.Sandbox;
using SreBot.Shared.Storage;


namespace SreBot.Shared;

public static class SreBotCoreRegistration
{
    /// <summary>
    /// Everything every host needs: options, the embedded SQLite database, agent state, the audit log and the estate.
    /// Stores are created and seeded by <see cref="StoreInitializer"/> before the host starts serving.
    /// </summary>
    public static IServiceCollection AddSreBotCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SreBotOptions>().BindConfiguration(SreBotOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<AgentOptions>().BindConfiguration(AgentOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SqliteDatabase>();

        services.AddSingleton<ISqliteSchema, AgentStateSchema>();
        services.AddSingleton<SqliteAgentStateStore>();
        services.AddSingleton<IAgentStateStore>(sp => sp.GetRequiredService<SqliteAgentStateStore>());

        services.AddSqliteAuditLog();
        services.AddSandboxEstate(configuration);
        services.AddHostedService<StoreInitializer>();
        return services;
    }
}
