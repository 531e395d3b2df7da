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

    /// <summary>
    /// A service that exists only on SQLite (the SQLite database itself): registered as
    /// <c>services.AddSingleton(StoreBackends.SqliteOnly&lt;SqliteDatabase&gt;)</c>, made only when Kind is Sqlite. With
    /// PostgreSQL nothing may create or open the SQLite file, so asking for it then is a registration that still uses SQLite:
    /// it throws, naming the service, rather than quietly writing a second database.
    /// </summary>
    public static T SqliteOnly<T>(IServiceProvider services)
        where T : class
        => services.GetRequiredService<IOptions<DatabaseOptions>>().Value.Kind == DatabaseKind.PostgreSql
            ? throw new InvalidOperationException(
                $"{typeof(T).Name} was asked for although Storage:Database:Kind is PostgreSQL: some service is still registered for SQLite only " +
                "(its registration must choose its class with StoreBackends.Choose).")
            : ActivatorUtilities.CreateInstance<T>(services);
}
