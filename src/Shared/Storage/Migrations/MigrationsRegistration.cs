using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace SreBot.Shared.Storage.Migrations;

public static class MigrationsRegistration
{
    /// <summary>
    /// Registers a store's SQLite migrations, embedded from <c>{folder}/Sqlite/NNNN_name.sql</c> in <paramref name="assembly"/>.
    /// Registering the same store twice keeps the first; stores are migrated in registration order.
    /// </summary>
    public static IServiceCollection AddStoreMigrations(this IServiceCollection services, string store, Assembly assembly, string folder)
    {
        if (!services.Any(d => d.ServiceType == typeof(StoreMigrations) && d.ImplementationInstance is StoreMigrations m && m.Store == store && m.Backend == StoreMigrations.Sqlite))
        {
            services.AddSingleton(StoreMigrations.Embedded(store, StoreMigrations.Sqlite, assembly, folder));
        }

        return services;
    }
}
