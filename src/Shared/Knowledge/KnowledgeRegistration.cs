using Microsoft.Extensions.DependencyInjection;
using SreBot.Shared.Privacy;
using SreBot.Shared.Retention;
using SreBot.Shared.Storage;
using SreBot.Shared.Storage.Migrations;

namespace SreBot.Shared.Knowledge;

public static class KnowledgeRegistration
{
    /// <summary>Knowledge documents (blob + SQLite FTS5, or PostgreSQL + tsvector by Storage:Database:Kind), and their part in export/erasure and retention.</summary>
    public static IServiceCollection AddKnowledge(this IServiceCollection services)
    {
        services.AddOptions<KnowledgeOptions>().BindConfiguration(KnowledgeOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddStoreMigrations("knowledge", typeof(KnowledgeRegistration).Assembly, "Knowledge/Migrations");
        services.AddSingleton<IKnowledgeStore>(StoreBackends.Choose<IKnowledgeStore, SqliteKnowledgeStore, PostgresKnowledgeStore>);
        services.AddSingleton<KnowledgeLibrary>();
        services.AddSingleton<IPersonalDataSource, KnowledgePersonalData>();
        services.AddSingleton<IRetainedData, KnowledgeRetention>();
        return services;
    }
}
