using SreBot.Bot.Conversations;
using SreBot.Bot.Tests.Infrastructure;

namespace SreBot.Bot.Tests.Conversations;

/// <summary>
/// What every <see cref="IForgetMeNonceStore"/> promises, run against each backend: a nonce is used once, exactly once
/// under concurrency (also across replicas), nonces are independent, and only nonces used before the cut-off are forgotten.
/// </summary>
public abstract class ForgetMeNonceStoreContract : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    private IForgetMeNonceStore? _store;

    private IForgetMeNonceStore Store => _store ?? throw new InvalidOperationException("The store is not created yet.");

    /// <summary>A store over an empty backend.</summary>
    protected abstract Task<IForgetMeNonceStore> CreateStoreAsync();

    /// <summary>The store of a second replica over the same backend (its own connections).</summary>
    protected abstract Task<IForgetMeNonceStore> CreateReplicaAsync();

    public async Task InitializeAsync() => _store = await CreateStoreAsync();

    public abstract Task DisposeAsync();

    private Task<bool> UseAsync(string nonce, DateTimeOffset at) => Store.TryUseOnceAsync(nonce, at, at.AddMinutes(-30), TestContext.Token);

    [Fact]
    public async Task ANonce_IsUsedOnce_AndRefusedAfter()
    {
        Assert.True(await UseAsync("nonce-a", Start));

        Assert.False(await UseAsync("nonce-a", Start));
        Assert.False(await UseAsync("nonce-a", Start.AddMinutes(10)));
    }

    [Fact]
    public async Task Nonces_AreIndependent()
    {
        Assert.True(await UseAsync("nonce-a", Start));

        Assert.True(await UseAsync("nonce-b", Start));
    }

    [Fact]
    public async Task ConcurrentUsesOfOneNonce_SucceedExactlyOnce()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => UseAsync("nonce-a", Start))));

        Assert.Single(results, used => used);
    }

    [Fact]
    public async Task ConcurrentUsesOfOneNonceOnTwoReplicas_SucceedExactlyOnce()
    {
        var stores = new[] { Store, await CreateReplicaAsync() };

        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Task.Run(() =>
            stores[i % 2].TryUseOnceAsync("nonce-a", Start, Start.AddMinutes(-30), TestContext.Token))));

        Assert.Single(results, used => used);
        Assert.False(await stores[1].TryUseOnceAsync("nonce-a", Start, Start.AddMinutes(-30), TestContext.Token));
    }

    [Fact]
    public async Task ANonceUsedBeforeTheCutOff_IsForgotten_AndOneUsedAtOrAfterItIsKept()
    {
        await UseAsync("nonce-old", Start);
        await UseAsync("nonce-kept", Start.AddMinutes(10));

        var later = Start.AddMinutes(40);
        Assert.True(await Store.TryUseOnceAsync("nonce-new", later, Start.AddMinutes(10), TestContext.Token));

        Assert.True(await Store.TryUseOnceAsync("nonce-old", later, Start.AddMinutes(10), TestContext.Token));
        Assert.False(await Store.TryUseOnceAsync("nonce-kept", later, Start.AddMinutes(10), TestContext.Token));
    }
}
