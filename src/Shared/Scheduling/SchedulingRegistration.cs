using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SreBot.Shared.Leases;
using SreBot.Shared.Storage;
using SreBot.Shared.Storage.Migrations;

namespace SreBot.Shared.Scheduling;

public static class SchedulingRegistration
{
    /// <summary>The one <see cref="ScheduledJobRunner"/> (hosted) and the lease store its leased jobs run under.</summary>
    public static IServiceCollection AddScheduling(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ILeaseStore>(StoreBackends.Choose<ILeaseStore, SqliteLeaseStore, PostgresLeaseStore>);
        services.AddStoreMigrations("retention", typeof(SchedulingRegistration).Assembly, "Retention/Migrations"); // the lease table
        services.TryAddSingleton<ScheduledJobRunner>();
        services.AddHostedService(sp => sp.GetRequiredService<ScheduledJobRunner>()); // added once, however often this is called
        return services;
    }

    /// <summary>
    /// Registers <typeparamref name="TJob"/> (a singleton, also resolvable as itself) with the runner: the one line a new
    /// background job needs.
    /// </summary>
    public static IServiceCollection AddScheduledJob<TJob>(this IServiceCollection services)
        where TJob : class, IScheduledJob
    {
        services.AddScheduling();
        services.TryAddSingleton<TJob>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IScheduledJob, TJob>(sp => sp.GetRequiredService<TJob>()));
        return services;
    }
}
