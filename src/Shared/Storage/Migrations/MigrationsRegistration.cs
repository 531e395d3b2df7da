using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace SreBot.Shared.Storage.Migrations;

public static class MigrationsRegistration
{
    /// <summary>
    /// Registers a store's migrations, embedded from <c>{folder}/Sqlite/NNNN_name.sql</c> in <paramref name="assembly"/>, and
    /// its PostgreSQL twins from <c>{folder}/PostgreSql/</c> once the store has them (a store without them is not built for
    /// PostgreSQL yet, see <see cref="PostgresReadiness"/>). Registering the same store twice keeps the first; stores are
    /// migrated in registration order.
    /// </summary>
    public static IServiceCollection AddStoreMigrations(this IServiceCollection services, string store, Assembly assembly, string folder)
    {
        Add(services, store, StoreMigrations.Sqlite, assembly, folder);
        if (StoreMigrations.HasEmbedded(StoreMigrations.PostgreSql, assembly, folder))
        {
            Add(services, store, StoreMigrations.PostgreSql, assembly, folder);
        }

        return services;
    }

    private static void Add(IServiceCollection services, string store, string backend, Assembly assembly, string folder)
    {
        if (!services.Any(d => d.ServiceType == typeof(StoreMigrations) && d.ImplementationInstance is StoreMigrations m && m.Store == store && m.Backend == backend))
        {
            services.AddSingleton(StoreMigrations.Embedded(store, backend, assembly, folder));
        }
    }
}
