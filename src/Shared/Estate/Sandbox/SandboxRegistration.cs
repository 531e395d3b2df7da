using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SreBot.Shared.AgentAccess;
using SreBot.Shared.Estate.Sandbox.Catalog;
using SreBot.Shared.Estate.Sandbox.Models;
using SreBot.Shared.Estate.Sandbox.Scenarios;
using SreBot.Shared.Estate.Sandbox.Simulation;
using SreBot.Shared.Estate.Sandbox.State;
using SreBot.Shared.Privacy;
using SreBot.Shared.Storage;
using SreBot.Shared.Storage.Migrations;

namespace SreBot.Shared.Estate.Sandbox;

public static class SandboxRegistration
{
    /// <summary>
    /// Registers the simulated estate as the <see cref="IEstateProvider"/>, its options (section <c>Estate:Sandbox</c>,
    /// validated at start), its schema (SQLite and PostgreSQL) and operation store (the one <c>Storage:Database:Kind</c> chooses) and the personal-data
    /// source of its operations. The host registers <see cref="TimeProvider"/>, <see cref="SqliteDatabase"/> and <see cref="Storage.Postgres.PostgresDatabase"/>.
    /// When <c>Agent:Subscription</c> or <c>Agent:ResourceGroups</c> is not configured, the Sandbox's own apply.
    /// </summary>
    public static IServiceCollection AddSandbox(this IServiceCollection services, IConfiguration configuration)
    {
        services.PostConfigure<AgentOptions>(SandboxAgentDefaults.Apply);
        services.AddOptions<SandboxOptions>()
            .Bind(configuration.GetSection(SandboxOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SandboxOptions>, SandboxOptionsValidator>());
        services.AddStoreMigrations("sandbox-estate", typeof(SandboxRegistration).Assembly, "Estate/Sandbox/State/Migrations");

        services.TryAddSingleton<SandboxScenarioCatalog>();
        services.TryAddSingleton<SandboxResourceCatalog>();
        services.TryAddSingleton<SandboxModelRegistry>();
        services.TryAddSingleton<ISandboxOperationStore>(StoreBackends.Choose<ISandboxOperationStore, SqliteSandboxOperationStore, PostgresSandboxOperationStore>);
        services.TryAddSingleton<SandboxWorldFactory>();
        services.TryAddSingleton<SandboxWritePermissions>();
        services.TryAddSingleton<SandboxWriteOperations>();
        services.AddSingleton<IEstateProvider, SandboxEstateProvider>();
        services.AddSingleton<IPersonalDataSource, SandboxOperationPersonalData>();
        return services;
    }
}
