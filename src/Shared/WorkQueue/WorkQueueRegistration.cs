using Microsoft.Extensions.DependencyInjection;
using SreBot.Shared.Storage;
using SreBot.Shared.Storage.Migrations;

namespace SreBot.Shared.WorkQueue;

public static class WorkQueueRegistration
{
    /// <summary>The durable work queue (<see cref="IWorkQueue"/>) on the configured database, with its table.</summary>
    public static IServiceCollection AddWorkQueue(this IServiceCollection services)
    {
        services.AddStoreMigrations("work-queue", typeof(WorkQueueRegistration).Assembly, "WorkQueue/Migrations");
        services.AddSingleton<IWorkQueue>(StoreBackends.Choose<IWorkQueue, SqliteWorkQueue, PostgresWorkQueue>);
        return services;
    }
}
