using Microsoft.Extensions.DependencyInjection;
using SreBot.Shared.Privacy;
using SreBot.Shared.Retention;
using SreBot.Shared.Storage;
using SreBot.Shared.Storage.Migrations;

namespace SreBot.Shared.Knowledge;

public static class KnowledgeRegistration
{
    /// <summary>Knowledge documents (blob + SQLite FTS5), and their part in export/erasure and retention.</summary>
    public static IServiceCollection AddKnowledge(this IServiceCollection services)
    {
        services.AddOptions<KnowledgeOptions>().BindConfiguration(KnowledgeOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddStoreMigrations("knowledge", typeof(KnowledgeRegistration).Assembly, "Knowledge/Migrations");
        services.AddSingleton<IKnowledgeStore, SqliteKnowledgeStore>();
        services.AddSingleton<KnowledgeLibrary>();
        services.AddSingleton<IPersonalDataSource, KnowledgePersonalData>();
        services.AddSingleton<IRetainedData, KnowledgeRetention>();
        return services;
    }
}
