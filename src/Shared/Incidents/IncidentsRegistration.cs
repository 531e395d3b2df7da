using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SreBot.Shared.Retention;
using SreBot.Shared.Storage;
using SreBot.Shared.Storage.Migrations;
using SreBot.Shared.WorkQueue;

namespace SreBot.Shared.Incidents;

public static class IncidentsRegistration
{
    /// <summary>The incident store on the configured database, its retention, and the work queue that carries investigations.</summary>
    public static IServiceCollection AddIncidents(this IServiceCollection services)
    {
        services.AddWorkQueue();
        services.AddStoreMigrations("incidents", typeof(IncidentsRegistration).Assembly, "Incidents/Migrations");
        services.AddSingleton<IIncidentStore>(StoreBackends.Choose<IIncidentStore, SqliteIncidentStore, PostgresIncidentStore>);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IRetainedData, IncidentRetention>());
        return services;
    }
}
