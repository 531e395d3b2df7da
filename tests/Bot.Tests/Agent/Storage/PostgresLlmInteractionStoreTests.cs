using SreBot.Bot.Agent;
using SreBot.Bot.Agent.Storage;
using SreBot.Shared.Conversations;

namespace SreBot.Bot.Tests.Agent.Storage;

/// <summary>The LLM interaction contract on PostgreSQL, over a fresh database of the test server.</summary>
public sealed class PostgresLlmInteractionStoreTests : LlmInteractionStoreContract
{
    private readonly StoreContractBackend<ILlmInteractionStore> _backend = new(async time => await PostgresStoreHost.StartAsync(time, s => s.AddLlmStores()));

    protected override IConversationStore Conversations => _backend.Host.Get<IConversationStore>();

    protected override Task<ILlmInteractionStore> CreateStoreAsync() => _backend.StartAsync(TimeProvider.System);

    public override Task DisposeAsync() => _backend.StopAsync();
}
