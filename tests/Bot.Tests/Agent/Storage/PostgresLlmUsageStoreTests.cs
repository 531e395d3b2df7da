using SreBot.Bot.Agent;
using SreBot.Bot.Agent.Storage;

namespace SreBot.Bot.Tests.Agent.Storage;

/// <summary>The LLM usage contract on PostgreSQL, over a fresh database of the test server.</summary>
public sealed class PostgresLlmUsageStoreTests : LlmUsageStoreContract
{
    private readonly StoreContractBackend<ILlmUsageStore> _backend = new(async time => await PostgresStoreHost.StartAsync(time, s => s.AddLlmStores()));

    protected override Task<ILlmUsageStore> CreateStoreAsync() => _backend.StartAsync(TimeProvider.System);

    protected override Task<ILlmUsageStore> CreateReplicaAsync() => _backend.StartReplicaAsync(TimeProvider.System);

    public override Task DisposeAsync() => _backend.StopAsync();
}
