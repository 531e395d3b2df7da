using SreBot.Shared.Conversations;

namespace SreBot.Shared.Tests.Conversations;

/// <summary>The conversation store contract on PostgreSQL, over a fresh database of the test server.</summary>
public sealed class PostgresConversationStoreTests : ConversationStoreContract
{
    private readonly StoreContractBackend<IConversationStore> _backend = new(async time => await PostgresStoreHost.StartAsync(time));

    protected override Task<IConversationStore> CreateStoreAsync(TimeProvider time) => _backend.StartAsync(time);

    protected override Task<IConversationStore> CreateReplicaAsync(TimeProvider time) => _backend.StartReplicaAsync(time);

    public override Task DisposeAsync() => _backend.StopAsync();
}
