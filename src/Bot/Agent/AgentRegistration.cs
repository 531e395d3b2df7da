using Microsoft.Extensions.Options;
using SreBot.Bot.Agent.Storage;
using SreBot.Shared.Privacy;
using SreBot.Shared.Storage;
using SreBot.Shared.Storage.Migrations;

namespace SreBot.Bot.Agent;

public static class AgentRegistration
{
    /// <summary>
    /// The agent loop: <c>Llm</c> and <c>Privacy</c> options (validated at start), the chat client pipeline, per-user token
    /// accounting, the content store for opted-in prompts, and the chat side. With no <c>Llm</c> configured nothing calls a model.
    /// </summary>
    public static WebApplicationBuilder AddAgent(this WebApplicationBuilder builder)
    {
        LlmApiKeySource.EnsureNotInAppSettings(builder.Configuration);
        var services = builder.Services;
        services.AddOptions<LlmOptions>().BindConfiguration(LlmOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<LlmOptions>, LlmOptionsValidator>();
        services.AddOptions<PrivacyOptions>().BindConfiguration(PrivacyOptions.SectionName).ValidateOnStart();
        services.AddHttpClient(LlmChatClientFactory.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan);
        services.AddLlmStores();
        services.AddSingleton<LlmChatClientFactory>();
        services.AddSingleton<AgentPrompt>();
        services.AddSingleton<AgentTools>();
        services.AddSingleton<AgentLoop>();
        services.AddScoped<AgentConversation>();
        return builder;
    }

    /// <summary>The LLM stores (token usage, opted-in interactions) on the configured backend, with their migrations.</summary>
    internal static IServiceCollection AddLlmStores(this IServiceCollection services)
    {
        services.AddStoreMigrations("llm", typeof(AgentRegistration).Assembly, "Agent/Storage/Migrations");
        services.AddSingleton<ILlmUsageStore>(StoreBackends.Choose<ILlmUsageStore, SqliteLlmUsageStore, PostgresLlmUsageStore>);
        services.AddSingleton<ILlmInteractionStore>(StoreBackends.Choose<ILlmInteractionStore, SqliteLlmInteractionStore, PostgresLlmInteractionStore>);
        services.AddSingleton<IPersonalDataSource>(sp => sp.GetRequiredService<ILlmInteractionStore>());
        return services;
    }
}
