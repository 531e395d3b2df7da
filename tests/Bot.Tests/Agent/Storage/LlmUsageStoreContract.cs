using SreBot.Bot.Agent.Storage;
using SreBot.Bot.Tests.Infrastructure;

namespace SreBot.Bot.Tests.Agent.Storage;

/// <summary>
/// What every <see cref="ILlmUsageStore"/> promises, run against each backend: per user and per UTC day, adds that
/// accumulate (also concurrent ones, also across replicas), and nothing counted for a non-positive amount.
/// </summary>
public abstract class LlmUsageStoreContract : IAsyncLifetime
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);

    private ILlmUsageStore? _store;

    private ILlmUsageStore Store => _store ?? throw new InvalidOperationException("The store is not created yet.");

    /// <summary>A store over an empty backend.</summary>
    protected abstract Task<ILlmUsageStore> CreateStoreAsync();

    /// <summary>The store of a second replica over the same backend (its own connections).</summary>
    protected abstract Task<ILlmUsageStore> CreateReplicaAsync();

    public async Task InitializeAsync() => _store = await CreateStoreAsync();

    public abstract Task DisposeAsync();

    [Fact]
    public async Task AUserWithNoUsage_HasUsedNothing()
        => Assert.Equal(0, await Store.UsedAsync("aad-olga", Noon, TestContext.Token));

    [Fact]
    public async Task Adds_AccumulateForTheUserAndDay_AndNotForAnotherUser()
    {
        await Store.AddAsync("aad-olga", Noon, 120, TestContext.Token);
        await Store.AddAsync("aad-olga", Noon.AddHours(3), 80, TestContext.Token);
        await Store.AddAsync("aad-bob", Noon, 7, TestContext.Token);

        Assert.Equal(200, await Store.UsedAsync("aad-olga", Noon.AddMinutes(1), TestContext.Token));
        Assert.Equal(7, await Store.UsedAsync("aad-bob", Noon, TestContext.Token));
    }

    [Fact]
    public async Task TheDayIsTheUtcDay_WhateverTheOffsetOfTheTime()
    {
        // 00:30 on 2 November at +02:00 is 22:30 on 1 November in UTC.
        var lateInUtc = new DateTimeOffset(2026, 11, 2, 0, 30, 0, TimeSpan.FromHours(2));
        await Store.AddAsync("aad-olga", Noon, 100, TestContext.Token);
        await Store.AddAsync("aad-olga", lateInUtc, 50, TestContext.Token);

        Assert.Equal(150, await Store.UsedAsync("aad-olga", Noon, TestContext.Token));
        Assert.Equal(0, await Store.UsedAsync("aad-olga", Noon.AddDays(1), TestContext.Token));
    }

    [Fact]
    public async Task ANewUtcDay_StartsAtNothing()
    {
        await Store.AddAsync("aad-olga", Noon, 100, TestContext.Token);

        Assert.Equal(0, await Store.UsedAsync("aad-olga", Noon.AddDays(1), TestContext.Token));
        Assert.Equal(0, await Store.UsedAsync("aad-olga", Noon.AddDays(-1), TestContext.Token));
    }

    [Fact]
    public async Task ZeroOrNegativeTokens_CountNothing()
    {
        await Store.AddAsync("aad-olga", Noon, 40, TestContext.Token);
        await Store.AddAsync("aad-olga", Noon, 0, TestContext.Token);
        await Store.AddAsync("aad-olga", Noon, -25, TestContext.Token);

        Assert.Equal(40, await Store.UsedAsync("aad-olga", Noon, TestContext.Token));
    }

    [Fact]
    public async Task ConcurrentAdds_AreAllCounted()
    {
        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => Store.AddAsync("aad-olga", Noon, 5, TestContext.Token))));

        Assert.Equal(100, await Store.UsedAsync("aad-olga", Noon, TestContext.Token));
    }

    [Fact]
    public async Task ConcurrentAddsOnTwoReplicas_AreAllCounted()
    {
        var stores = new[] { Store, await CreateReplicaAsync() };

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() => stores[i % 2].AddAsync("aad-olga", Noon, 5, TestContext.Token))));

        Assert.Equal(100, await stores[1].UsedAsync("aad-olga", Noon, TestContext.Token));
    }
}
