using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace SreBot.Shared.Storage;

/// <summary>
/// The one place a store's class is chosen by <c>Storage:Database:Kind</c>: a registration writes
/// <c>services.AddSingleton&lt;IThingStore&gt;(StoreBackends.Choose&lt;IThingStore, SqliteThingStore, PostgresThingStore&gt;)</c>.
/// The class itself is taken from the container when it is registered there too (one instance for both names).
/// </summary>
public static class StoreBackends
{
    public static TService Choose<TService, TSqlite, TPostgres>(IServiceProvider services)
        where TService : class
        where TSqlite : TService
        where TPostgres : TService
        => services.GetRequiredService<IOptions<DatabaseOptions>>().Value.Kind == DatabaseKind.PostgreSql
            ? services.GetService<TPostgres>() ?? ActivatorUtilities.CreateInstance<TPostgres>(services)
            : services.GetService<TSqlite>() ?? ActivatorUtilities.CreateInstance<TSqlite>(services);
}
