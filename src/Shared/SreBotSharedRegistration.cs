using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SreBot.Shared.AgentAccess;
using SreBot.Shared.Approvals;
using SreBot.Shared.Audit;
using SreBot.Shared.Blobs;
using SreBot.Shared.Conversations;
using SreBot.Shared.Estate;
using SreBot.Shared.Identity;
using SreBot.Shared.Incidents;
using SreBot.Shared.Knowledge;
using SreBot.Shared.Memories;
using SreBot.Shared.Privacy;
using SreBot.Shared.Retention;
using SreBot.Shared.Scheduling;
using SreBot.Shared.Storage;
using SreBot.Shared.Storage.Migrations;
using SreBot.Shared.Storage.Postgres;
using SreBot.Shared.Traces;


namespace SreBot.Shared;

public static class SreBotSharedRegistration
{
    /// <summary>
    /// Everything every host needs: options, the embedded SQLite database, agent state and administration, local roles,
    /// the approval workflow (the host supplies its <see cref="IApprovedActionRunner"/>), the audit log and the estate chosen by <c>Estate:Provider</c>.
    /// Stores are created and seeded by <see cref="StoreInitializer"/> before the host starts serving.
    /// </summary>
    public static IServiceCollection AddSreBotShared(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SreBotOptions>().BindConfiguration(SreBotOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<AgentOptions>().BindConfiguration(AgentOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DatabaseOptions>, DatabaseOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(StoreBackends.SqliteOnly<SqliteDatabase>); // with PostgreSQL the SQLite file is never created
        services.AddSingleton<PostgresDatabase>();
        services.AddSingleton<IErasureFlush>(StoreBackends.Choose<IErasureFlush, SqliteDatabase, PostgresErasureFlush>);
        services.AddHostedService<StoreInitializer>(); // first: later hosted services find the tables ready
        services.AddScheduling(); // the one runner of background jobs (each folder adds its own with AddScheduledJob)

        services.AddStoreMigrations("agent", typeof(SreBotSharedRegistration).Assembly, "AgentAccess/Migrations");
        services.AddSingleton<SqliteAgentStateStore>();
        services.AddSingleton<PostgresAgentStateStore>();
        services.AddSingleton<IAgentStateStore>(StoreBackends.Choose<IAgentStateStore, SqliteAgentStateStore, PostgresAgentStateStore>);

        services.AddSingleton<AgentAdministration>();

        services.AddStoreMigrations("local-roles", typeof(SreBotSharedRegistration).Assembly, "Identity/Migrations");
        services.AddSingleton<ILocalRoleStore>(StoreBackends.Choose<ILocalRoleStore, SqliteLocalRoleStore, PostgresLocalRoleStore>);
        services.AddSingleton<RoleAdministration>();

        services.AddOptions<ApprovalOptions>().BindConfiguration(ApprovalOptions.SectionName)
            .Validate(o => o.IsValid, ApprovalOptions.ValidationMessage).ValidateOnStart();
        services.AddStoreMigrations("approvals", typeof(SreBotSharedRegistration).Assembly, "Approvals/Migrations");
        services.AddSingleton<IApprovalStore>(StoreBackends.Choose<IApprovalStore, SqliteApprovalStore, PostgresApprovalStore>);
        services.AddSingleton<ApprovalRequester>();
        services.AddSingleton<ApprovalWorkflow>();
        services.AddScheduledJob<ApprovalExpiryJob>();

        services.AddStoreMigrations("conversations", typeof(SreBotSharedRegistration).Assembly, "Conversations/Migrations");
        services.AddSingleton<IConversationStore>(StoreBackends.Choose<IConversationStore, SqliteConversationStore, PostgresConversationStore>);
        services.AddStoreMigrations("traces", typeof(SreBotSharedRegistration).Assembly, "Traces/Migrations");
        services.AddSingleton<IInvestigationTraceStore>(StoreBackends.Choose<IInvestigationTraceStore, SqliteInvestigationTraceStore, PostgresInvestigationTraceStore>);

        services.AddIncidents();
        services.AddMemories();
        services.AddKnowledge();
        services.AddBlobs();
        services.AddPrivacy();

        services.AddRetention();

        services.AddAudit();
        services.AddEstate(configuration);
        return services;
    }
}
