using SreBot.Bot.Conversations;

namespace SreBot.Bot.Tests.Conversations;

/// <summary>The forget-me nonce contract on SQLite, over a real database file.</summary>
public sealed class SqliteForgetMeNonceStoreTests : ForgetMeNonceStoreContract
{
    private readonly StoreContractBackend<IForgetMeNonceStore> _backend = new(async time => await SqliteStoreHost.StartAsync(time, configure: s => s.AddForgetMeNonces()));

    protected override Task<IForgetMeNonceStore> CreateStoreAsync() => _backend.StartAsync(TimeProvider.System);

    protected override Task<IForgetMeNonceStore> CreateReplicaAsync() => _backend.StartReplicaAsync(TimeProvider.System);

    public override Task DisposeAsync() => _backend.StopAsync();
}
