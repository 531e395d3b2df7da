using SreBot.Shared.AgentAccess;
using SreBot.Shared.Tests.Storage;
using SreBot.Shared.Tests.Storage.Postgres;

namespace SreBot.Shared.Tests.AgentAccess;

/// <summary>The agent state store contract on PostgreSQL, over a fresh database of the test server seeded as the host seeds it.</summary>
public sealed class PostgresAgentStateStoreTests : AgentStateStoreContract
{
    private readonly StoreContractBackend<IAgentStateStore> _backend = new(async time => await PostgresStoreHost.StartAsync(time));

    protected override async Task<IAgentStateStore> CreateSeededStoreAsync()
    {
        var store = await _backend.StartAsync(TimeProvider.System);
        await _backend.Host.Get<PostgresAgentStateStore>().SeedAsync(CancellationToken.None);
        return store;
    }

    public override Task DisposeAsync() => _backend.StopAsync();
}
