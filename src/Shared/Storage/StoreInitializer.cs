using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SreBot.Shared.AgentAccess;
using SreBot.Shared.Storage.Migrations;
using SreBot.Shared.Storage.Postgres;

namespace SreBot.Shared.Storage;

/// <summary>
/// Migrates the database schema and seeds a new data directory before the host serves anything. A database this binary
/// cannot use (written by a newer SreBot, or with an edited migration) stops the start: the reason is logged and the
/// <see cref="SchemaMigrationException"/> ends the host, which exits non-zero. With <c>Storage:Database:Kind</c> =
/// PostgreSQL the start stops the same way (<see cref="DatabaseNotSupportedException"/>) while some store is not built for
/// PostgreSQL, before anything is opened or written (neither the server nor a SQLite file).
/// </summary>
internal sealed partial class StoreInitializer(
    IOptions<DatabaseOptions> options,
    IEnumerable<StoreMigrations> migrations,
    IServiceProvider services,
    ILogger<StoreInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (options.Value.Kind == DatabaseKind.PostgreSql)
            {
                PostgresReadiness.EnsureComplete(migrations);
                await services.GetRequiredService<PostgresDatabase>().InitializeAsync(cancellationToken);
                await services.GetRequiredService<PostgresAgentStateStore>().SeedAsync(cancellationToken);
                return;
            }

            await services.GetRequiredService<SqliteDatabase>().InitializeAsync(cancellationToken);
        }
        catch (Exception refused) when (refused is SchemaMigrationException or DatabaseNotSupportedException)
        {
            LogRefused(logger, refused.Message);
            throw;
        }

        await services.GetRequiredService<SqliteAgentStateStore>().SeedAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Critical, Message = "SreBot will not start: {Reason}")]
    internal static partial void LogRefused(ILogger logger, string reason);
}
