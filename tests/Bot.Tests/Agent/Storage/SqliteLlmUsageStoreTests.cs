using SreBot.Bot.Agent;
using SreBot.Bot.Agent.Storage;

namespace SreBot.Bot.Tests.Agent.Storage;

/// <summary>The LLM usage contract on SQLite, over a real database file.</summary>
public sealed class SqliteLlmUsageStoreTests : LlmUsageStoreContract
{
    private readonly StoreContractBackend<ILlmUsageStore> _backend = new(async time => await SqliteStoreHost.StartAsync(time, configure: s => s.AddLlmStores()));

    protected override Task<ILlmUsageStore> CreateStoreAsync() => _backend.StartAsync(TimeProvider.System);

    protected override Task<ILlmUsageStore> CreateReplicaAsync() => _backend.StartReplicaAsync(TimeProvider.System);

    public override Task DisposeAsync() => _backend.StopAsync();
}
