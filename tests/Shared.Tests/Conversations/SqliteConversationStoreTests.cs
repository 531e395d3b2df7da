using SreBot.Shared.Conversations;

namespace SreBot.Shared.Tests.Conversations;

/// <summary>The conversation store contract on SQLite, over a real database file.</summary>
public sealed class SqliteConversationStoreTests : ConversationStoreContract
{
    private readonly StoreContractBackend<IConversationStore> _backend = new(async time => await SqliteStoreHost.StartAsync(time));

    protected override Task<IConversationStore> CreateStoreAsync(TimeProvider time) => _backend.StartAsync(time);

    protected override Task<IConversationStore> CreateReplicaAsync(TimeProvider time) => _backend.StartReplicaAsync(time);

    public override Task DisposeAsync() => _backend.StopAsync();
}
