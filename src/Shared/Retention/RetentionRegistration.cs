using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SreBot.Shared.Conversations;
using SreBot.Shared.Leases;
using SreBot.Shared.Storage;
using SreBot.Shared.Storage.Migrations;
using SreBot.Shared.Traces;

namespace SreBot.Shared.Retention;

public static class RetentionRegistration
{
    /// <summary>
    /// Registers <see cref="RetentionOptions"/> (section <c>Retention</c>, validated at start), the lease table and its store (<see cref="ILeaseStore"/>), the
    /// <see cref="RetentionRunner"/> and the retention of threads and traces. The audit log registers its own
    /// <see cref="IRetainedData"/>; the host runs the passes (a background job).
    /// </summary>
    public static IServiceCollection AddRetention(this IServiceCollection services)
    {
        services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddStoreMigrations("retention", typeof(RetentionRegistration).Assembly, "Retention/Migrations");
        services.TryAddSingleton<ILeaseStore>(StoreBackends.Choose<ILeaseStore, SqliteLeaseStore, PostgresLeaseStore>);
        services.TryAddSingleton<RetentionRunner>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IRetainedData, ThreadRetention>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IRetainedData, TraceRetention>());
        return services;
    }
}
