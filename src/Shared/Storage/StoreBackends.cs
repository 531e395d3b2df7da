using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SreBot.Shared.Storage.Migrations;
using SreBot.Shared.Storage.Postgres;

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
    /// PostgreSQL nothing may create or open the SQLite file, so asking for it then stops the start
    /// (<see cref="DatabaseNotSupportedException"/>, logged): with the stores still missing for PostgreSQL named when some
    /// are (services are made before <see cref="StoreInitializer"/> runs), else naming the service that still wants SQLite.
    /// </summary>
    public static T SqliteOnly<T>(IServiceProvider services)
        where T : class
    {
        if (services.GetRequiredService<IOptions<DatabaseOptions>>().Value.Kind != DatabaseKind.PostgreSql)
        {
            return ActivatorUtilities.CreateInstance<T>(services);
        }

        var reason = PostgresReadiness.Refusal(services.GetServices<StoreMigrations>())
            ?? $"{typeof(T).Name} was asked for although Storage:Database:Kind is PostgreSQL: some service is still registered for SQLite only " +
              "(its registration must choose its class with StoreBackends.Choose).";
        StoreInitializer.LogRefused(services.GetRequiredService<ILoggerFactory>().CreateLogger<StoreInitializer>(), reason);
        throw new DatabaseNotSupportedException(reason);
    }
}
