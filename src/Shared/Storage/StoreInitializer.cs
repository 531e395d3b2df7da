using Microsoft.Extensions.Hosting;
using SreBot.Shared.AgentAccess;

namespace SreBot.Shared.Storage;

/// <summary>Creates the database schema and seeds a new data directory before the host serves anything.</summary>
internal sealed class StoreInitializer(SqliteDatabase database, SqliteAgentStateStore agentState) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await database.InitializeAsync(cancellationToken);
        await agentState.SeedAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
