using Microsoft.Extensions.DependencyInjection;
using SreBot.Shared.AgentAccess;
using SreBot.Shared.Privacy;
using SreBot.Shared.Retention;
using SreBot.Shared.Storage;

namespace SreBot.Shared.Memories;

public static class MemoryRegistration
{
    /// <summary>The memory store (SQLite + FTS5), its rules, and its part in agent context, export/erasure and retention.</summary>
    public static IServiceCollection AddSreBotMemories(this IServiceCollection services)
    {
        services.AddSingleton<ISqliteSchema, MemorySchema>();
        services.AddSingleton<IMemoryStore, SqliteMemoryStore>();
        services.AddSingleton<MemoryBook>();
        services.AddSingleton<IAgentContextSource, MemoryContextSource>();
        services.AddSingleton<IPersonalDataSource, MemoryPersonalData>();
        services.AddSingleton<IRetainedData, MemoryRetention>();
        return services;
    }
}
