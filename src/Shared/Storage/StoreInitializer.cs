using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using SreBot.Shared.AgentAccess;
using SreBot.Shared.Storage.Migrations;
using SreBot.Shared.Storage.Postgres;

namespace SreBot.Shared.Storage;

/// <summary>
/// Migrates the database schema and seeds a new data directory before the host serves anything. A database this binary
/// cannot use (written by a newer SreBot, or with an edited migration) stops the start: the reason is logged and the
/// <see cref="SchemaMigrationException"/> ends the host, which exits non-zero. With <c>Storage:Database:Kind</c> =
/// PostgreSQL the start stops the same way when some store is not built for PostgreSQL (<see cref="DatabaseNotSupportedException"/>,
/// before anything is opened or written) or when the server cannot be reached (<see cref="DatabaseUnreachableException"/>).
/// </summary>
internal sealed partial class StoreInitializer(
    IOptions<DatabaseOptions> options,
    IEnumerable<StoreMigrations> migrations,
    IServiceProvider services,
    ILogger<StoreInitializer> logger) : IHostedService
{
    /// <summary>A driver's reason is quoted up to this many characters (every field that reaches the logs is bounded).</summary>
    private const int MaxReasonLength = 300;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (options.Value.Kind == DatabaseKind.PostgreSql)
            {
                PostgresReadiness.EnsureComplete(migrations);
                await InitializeAsync(services.GetRequiredService<PostgresDatabase>(), cancellationToken);
                await services.GetRequiredService<PostgresAgentStateStore>().SeedAsync(cancellationToken);
                return;
            }

            await services.GetRequiredService<SqliteDatabase>().InitializeAsync(cancellationToken);
        }
        catch (Exception refused) when (refused is SchemaMigrationException or DatabaseNotSupportedException or DatabaseUnreachableException)
        {
            LogRefused(logger, refused.Message);
            throw;
        }

        await services.GetRequiredService<SqliteAgentStateStore>().SeedAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Migrates the server, turning "cannot get a session" (no server, a refused login, no such database, no room for
    /// another connection) into <see cref="DatabaseUnreachableException"/>; an error of a migration itself stays what it is.
    /// </summary>
    private static async Task InitializeAsync(PostgresDatabase database, CancellationToken cancellationToken)
    {
        try
        {
            await database.InitializeAsync(cancellationToken);
        }
        catch (NpgsqlException unreachable) when (unreachable is not PostgresException || IsRefusedSession((PostgresException)unreachable))
        {
            var reason = unreachable is PostgresException refused ? refused.MessageText : unreachable.Message;
            throw new DatabaseUnreachableException(
                $"cannot reach the PostgreSQL database {database.Name}: {(reason.Length > MaxReasonLength ? reason[..MaxReasonLength] + "…" : reason)}. Check Storage:Database:ConnectionString, " +
                "that the server is running and that this host may log in (docs/scale-out.md).",
                unreachable);
        }
    }

    /// <summary>Refusals of the session rather than of a statement: invalid authorization (class 28), no such database, the server starting or full.</summary>
    private static bool IsRefusedSession(PostgresException refused)
        => refused.SqlState.StartsWith("28", StringComparison.Ordinal) || refused.SqlState is PostgresErrorCodes.InvalidCatalogName
            or PostgresErrorCodes.CannotConnectNow or PostgresErrorCodes.TooManyConnections;

    [LoggerMessage(Level = LogLevel.Critical, Message = "SreBot will not start: {Reason}")]
    internal static partial void LogRefused(ILogger logger, string reason);
}
