using SreBot.Bot.Auth.EntraRoles;
using SreBot.Bot.Conversations.Commands;
using SreBot.Bot.Investigation;
using SreBot.Bot.Investigation.Analyzers;
using SreBot.Shared.Storage;
using SreBot.Shared.Storage.Migrations;

namespace SreBot.Bot.Conversations;

public static class ConversationsRegistration
{
    /// <summary>
    /// The chat side of the bot: identity, commands, investigation, approval cards and card actions. Whatever sends to
    /// the Bot Connector is scoped to the request, because the connector client is a typed HttpClient.
    /// </summary>
    public static WebApplicationBuilder AddConversations(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddEntraRoles();
        services.AddSingleton<ChatIdentityResolver>();
        services.AddSingleton<ChatCards>();
        services.AddScoped<ConversationSender>();
        services.AddSingleton<SreBot.Shared.Approvals.IApprovalEvents, ApprovalCardUpdater>();
        services.AddSingleton<ResourceResolver>();
        services.AddSingleton<IAnalyzer, HealthAnalyzer>();
        services.AddSingleton<IAnalyzer, MemoryTrendAnalyzer>();
        services.AddSingleton<IAnalyzer, CpuSaturationAnalyzer>();
        services.AddSingleton<IAnalyzer, ErrorSpikeAnalyzer>();
        services.AddSingleton<IAnalyzer, LatencyAnalyzer>();
        services.AddSingleton<IAnalyzer, ChangeCorrelationAnalyzer>();
        services.AddSingleton<IAnalyzer, DependencyFailureAnalyzer>();
        services.AddSingleton<Investigator>();
        services.AddSingleton<InvestigationRun>();
        services.AddScoped<ApprovalCards>();
        services.AddScoped<CardActionHandler>();
        services.AddScoped<IChatCommandHandler, HelpCommand>();
        services.AddScoped<IChatCommandHandler, WhoAmICommand>();
        services.AddScoped<IChatCommandHandler, InvestigateCommand>();
        services.AddScoped<IChatCommandHandler, RemediationCommand>();
        services.AddScoped<IChatCommandHandler, ApprovalsCommand>();
        services.AddScoped<IChatCommandHandler, ModeCommand>();
        services.AddScoped<IChatCommandHandler, RoleCommand>();
        services.AddScoped<IChatCommandHandler, RememberCommand>();
        services.AddScoped<IChatCommandHandler, ForgetCommand>();
        services.AddScoped<IChatCommandHandler, MemoriesCommand>();
        services.AddScoped<IChatCommandHandler, SearchCommand>();
        services.AddScoped<IChatCommandHandler, ExportMyDataCommand>();
        services.AddScoped<IChatCommandHandler, ForgetMeCommand>();
        services.AddSingleton<CardActionKey>();
        services.AddForgetMeNonces();
        services.AddSingleton<ForgetMeConfirmations>();
        services.AddScoped<ForgetMeCardAction>();
        services.AddSingleton<AnswerFeedback>();
        services.AddScoped<RemediationRequests>();
        services.AddScoped<RemediationCardAction>();
        services.AddScoped<SreBotActivityHandler>();
        return builder;
    }

    /// <summary>The used "forget me" nonces on the configured backend, with their migrations.</summary>
    internal static IServiceCollection AddForgetMeNonces(this IServiceCollection services)
    {
        services.AddStoreMigrations("forget-me", typeof(ConversationsRegistration).Assembly, "Conversations/Migrations");
        services.AddSingleton<IForgetMeNonceStore>(StoreBackends.Choose<IForgetMeNonceStore, SqliteForgetMeNonceStore, PostgresForgetMeNonceStore>);
        return services;
    }
}
