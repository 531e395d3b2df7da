using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SreBot.Shared.AgentAccess;
using SreBot.Shared.Storage.Migrations;

namespace SreBot.Shared.Storage;

/// <summary>
/// Migrates the database schema and seeds a new data directory before the host serves anything. A database this binary
/// cannot use (written by a newer SreBot, or with an edited migration) stops the start: the reason is logged and the
/// <see cref="SchemaMigrationException"/> ends the host, which exits non-zero.
/// </summary>
internal sealed partial class StoreInitializer(SqliteDatabase database, SqliteAgentStateStore agentState, ILogger<StoreInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await database.InitializeAsync(cancellationToken);
        }
        catch (SchemaMigrationException refused)
        {
            LogRefused(logger, refused.Message);
            throw;
        }

        await agentState.SeedAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Critical, Message = "SreBot will not start: {Reason}")]
    private static partial void LogRefused(ILogger logger, string reason);
}
