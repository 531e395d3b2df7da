using SreBot.Shared.Privacy;
using SreBot.Shared.Storage.Migrations;

namespace SreBot.Bot.Agent.Storage;

public static class LlmStorageRegistration
{
    /// <summary>The LLM stores (token usage, opted-in interactions) in SQLite, with their migrations.</summary>
    public static IServiceCollection AddLlmStores(this IServiceCollection services)
    {
        services.AddStoreMigrations("llm", typeof(LlmStorageRegistration).Assembly, "Agent/Storage/Migrations");
        services.AddSingleton<ILlmUsageStore, SqliteLlmUsageStore>();
        services.AddSingleton<ILlmInteractionStore, SqliteLlmInteractionStore>();
        services.AddSingleton<IPersonalDataSource>(sp => sp.GetRequiredService<ILlmInteractionStore>());
        return services;
    }
}
