using Microsoft.Extensions.Options;
using SreBot.Bot.Agent.Storage;
using SreBot.Shared.Privacy;

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
}
