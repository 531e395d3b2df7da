using Microsoft.Extensions.Time.Testing;
using SreBot.Shared.Leases;

namespace SreBot.Shared.Tests.Leases;

/// <summary>
/// What every <see cref="ILeaseStore"/> promises, run against each backend: one holder per name at a time, expiry on the
/// store's clock, extension and release only by the holder, and names independent of each other.
/// </summary>
public abstract class LeaseStoreContract : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private ILeaseStore? _store;

    protected FakeTimeProvider Time { get; } = new(Start);

    private ILeaseStore Store => _store ?? throw new InvalidOperationException("The store is not created yet.");

    private static CancellationToken Token => new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token;

    /// <summary>A store over an empty backend, on <paramref name="time"/>.</summary>
    protected abstract Task<ILeaseStore> CreateStoreAsync(TimeProvider time);

    public async Task InitializeAsync() => _store = await CreateStoreAsync(Time);

    public abstract Task DisposeAsync();

    [Fact]
    public async Task AFreeLease_IsTaken_AndAnotherHolderIsRefusedUntilItExpires()
    {
        Assert.True(await Store.TryAcquireAsync("job-a", "replica-1", Start.AddMinutes(10), Token));

        Assert.False(await Store.TryAcquireAsync("job-a", "replica-2", Start.AddMinutes(10), Token));
        Time.Advance(TimeSpan.FromMinutes(9));
        Assert.False(await Store.TryAcquireAsync("job-a", "replica-2", Start.AddMinutes(20), Token));
    }

    [Fact]
    public async Task AnExpiredLease_PassesToTheNextHolder_AndTheOldHolderCanNoLongerExtendIt()
    {
        await Store.TryAcquireAsync("job-a", "replica-1", Start.AddMinutes(10), Token);
        Time.Advance(TimeSpan.FromMinutes(10));

        Assert.True(await Store.TryAcquireAsync("job-a", "replica-2", Start.AddMinutes(20), Token));
        Assert.False(await Store.TryExtendAsync("job-a", "replica-1", Start.AddMinutes(30), Token));
        Assert.True(await Store.TryExtendAsync("job-a", "replica-2", Start.AddMinutes(30), Token));
    }

    [Fact]
    public async Task Extending_KeepsTheLeaseLive_PastItsFirstExpiry()
    {
        await Store.TryAcquireAsync("job-a", "replica-1", Start.AddMinutes(10), Token);

        Assert.True(await Store.TryExtendAsync("job-a", "replica-1", Start.AddMinutes(30), Token));
        Time.Advance(TimeSpan.FromMinutes(20));

        Assert.False(await Store.TryAcquireAsync("job-a", "replica-2", Start.AddMinutes(40), Token));
    }

    [Fact]
    public async Task ALeaseNeverTaken_CannotBeExtendedOrReleased()
    {
        Assert.False(await Store.TryExtendAsync("job-a", "replica-1", Start.AddMinutes(10), Token));
        Assert.False(await Store.ReleaseAsync("job-a", "replica-1", Token));
    }

    [Fact]
    public async Task Releasing_FreesTheLeaseAtOnce_ButOnlyForItsHolder()
    {
        await Store.TryAcquireAsync("job-a", "replica-1", Start.AddMinutes(10), Token);

        Assert.False(await Store.ReleaseAsync("job-a", "replica-2", Token));
        Assert.False(await Store.TryAcquireAsync("job-a", "replica-2", Start.AddMinutes(10), Token));
        Assert.True(await Store.ReleaseAsync("job-a", "replica-1", Token));
        Assert.True(await Store.TryAcquireAsync("job-a", "replica-2", Start.AddMinutes(10), Token));
    }

    [Fact]
    public async Task Names_AreIndependent()
    {
        Assert.True(await Store.TryAcquireAsync("job-a", "replica-1", Start.AddMinutes(10), Token));

        Assert.True(await Store.TryAcquireAsync("job-b", "replica-2", Start.AddMinutes(10), Token));
        Assert.False(await Store.TryExtendAsync("job-b", "replica-1", Start.AddMinutes(20), Token));
    }

    [Fact]
    public async Task TakersRacingOnSeparateConnections_GetOneHolder()
    {
        var holders = Enumerable.Range(1, 20).Select(i => $"replica-{i}").ToArray();

        var taken = await Task.WhenAll(holders.Select(holder => Task.Run(() => Store.TryAcquireAsync("job-a", holder, Start.AddMinutes(10), Token))));

        Assert.Single(taken, t => t);
        var winner = holders[Array.IndexOf(taken, true)];
        foreach (var loser in holders.Where(h => h != winner))
        {
            Assert.False(await Store.TryExtendAsync("job-a", loser, Start.AddMinutes(20), Token));
        }

        Assert.True(await Store.TryExtendAsync("job-a", winner, Start.AddMinutes(20), Token));
    }
}
