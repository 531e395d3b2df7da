using Microsoft.Extensions.DependencyInjection;
using SreBot.Shared.AgentAccess;
using SreBot.Shared.Privacy;
using SreBot.Shared.Retention;
using SreBot.Shared.Storage;
using SreBot.Shared.Storage.Migrations;

namespace SreBot.Shared.Memories;

public static class MemoriesRegistration
{
    /// <summary>The memory store (SQLite + FTS5, or PostgreSQL + tsvector by Storage:Database:Kind), its rules, and its part in agent context, export/erasure and retention.</summary>
    public static IServiceCollection AddMemories(this IServiceCollection services)
    {
        services.AddStoreMigrations("memories", typeof(MemoriesRegistration).Assembly, "Memories/Migrations");
        services.AddSingleton<IMemoryStore>(StoreBackends.Choose<IMemoryStore, SqliteMemoryStore, PostgresMemoryStore>);
        services.AddSingleton<MemoryBook>();
        services.AddSingleton<IAgentContextSource, MemoryContextSource>();
        services.AddSingleton<IPersonalDataSource, MemoryPersonalData>();
        services.AddSingleton<IRetainedData, MemoryRetention>();
        return services;
    }
}
