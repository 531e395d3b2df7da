using SreBot.Shared.AgentAccess;
using SreBot.Shared.Tests.Storage;

namespace SreBot.Shared.Tests.AgentAccess;

/// <summary>The agent state store contract on SQLite, over a real database file seeded as the host seeds it.</summary>
public sealed class SqliteAgentStateStoreTests : AgentStateStoreContract
{
    private readonly StoreContractBackend<IAgentStateStore> _backend = new(async time => await SqliteStoreHost.StartAsync(time));

    protected override async Task<IAgentStateStore> CreateSeededStoreAsync()
    {
        var store = await _backend.StartAsync(TimeProvider.System);
        await _backend.Host.Get<SqliteAgentStateStore>().SeedAsync(CancellationToken.None);
        return store;
    }

    public override Task DisposeAsync() => _backend.StopAsync();
}
