using SreBot.Bot.Conversations;

namespace SreBot.Bot.Tests.Conversations;

/// <summary>The forget-me nonce contract on PostgreSQL, over a fresh database of the test server.</summary>
public sealed class PostgresForgetMeNonceStoreTests : ForgetMeNonceStoreContract
{
    private readonly StoreContractBackend<IForgetMeNonceStore> _backend = new(async time => await PostgresStoreHost.StartAsync(time, s => s.AddForgetMeNonces()));

    protected override Task<IForgetMeNonceStore> CreateStoreAsync() => _backend.StartAsync(TimeProvider.System);

    protected override Task<IForgetMeNonceStore> CreateReplicaAsync() => _backend.StartReplicaAsync(TimeProvider.System);

    public override Task DisposeAsync() => _backend.StopAsync();
}
