using Microsoft.Extensions.Time.Testing;
using SreBot.Shared.Tests.Storage;
using SreBot.Shared.WorkQueue;

namespace SreBot.Shared.Tests.WorkQueue;

/// <summary>
/// What every <see cref="IWorkQueue"/> promises, run against each backend: one queued item per kind and key, claims that
/// give each item to one holder (also when two replicas claim at once), a lease that passes on the store's clock so a dead
/// worker's item is taken again, completion only by the current holder, and items that outlive the process.
/// </summary>
public abstract class WorkQueueContract : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private IWorkQueue? _queue;

    protected FakeTimeProvider Time { get; } = new(Start);

    private IWorkQueue Queue => _queue ?? throw new InvalidOperationException("The queue is not created yet.");

    private static CancellationToken Token => new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token;

    protected abstract Task<IWorkQueue> CreateQueueAsync(TimeProvider time);

    /// <summary>The same queue as a second replica over the same database sees it.</summary>
    protected abstract Task<IWorkQueue> StartReplicaAsync(TimeProvider time);

    public async Task InitializeAsync() => _queue = await CreateQueueAsync(Time);

    public abstract Task DisposeAsync();

    [Fact]
    public async Task AnItem_IsQueuedOncePerKey_AndKindsAreSeparate()
    {
        Assert.True(await Queue.EnqueueAsync("a", "inc_1", "{}", Start, Token));
        Assert.False(await Queue.EnqueueAsync("a", "inc_1", "{\"again\":1}", Start, Token));
        Assert.True(await Queue.EnqueueAsync("b", "inc_1", "{}", Start, Token));

        Assert.Equal(1, await Queue.CountAsync("a", Token));
        var claimed = Assert.Single(await Queue.ClaimAsync("a", "w1", Start, Start.AddMinutes(5), 10, Token));
        Assert.Equal(("inc_1", "{}", 1), (claimed.Key, claimed.Payload, claimed.Attempts));
    }

    [Fact]
    public async Task AClaimedItem_IsNotClaimedAgain_UntilItsLeasePasses_ThenCountsTheAttempt()
    {
        await Queue.EnqueueAsync("a", "k1", "p", Start, Token);
        Assert.Single(await Queue.ClaimAsync("a", "w1", Start, Start.AddMinutes(5), 10, Token));

        Assert.Empty(await Queue.ClaimAsync("a", "w2", Start.AddMinutes(4), Start.AddMinutes(9), 10, Token));
        var again = Assert.Single(await Queue.ClaimAsync("a", "w2", Start.AddMinutes(5), Start.AddMinutes(10), 10, Token));
        Assert.Equal(2, again.Attempts);
    }

    [Fact]
    public async Task OnlyTheCurrentHolder_CompletesAnItem()
    {
        await Queue.EnqueueAsync("a", "k1", "p", Start, Token);
        var first = Assert.Single(await Queue.ClaimAsync("a", "w1", Start, Start.AddMinutes(5), 10, Token));
        Assert.Single(await Queue.ClaimAsync("a", "w2", Start.AddMinutes(6), Start.AddMinutes(11), 10, Token));

        Assert.False(await Queue.CompleteAsync(first.Id, "w1", Token));
        Assert.True(await Queue.CompleteAsync(first.Id, "w2", Token));
        Assert.Equal(0, await Queue.CountAsync("a", Token));
        Assert.True(await Queue.EnqueueAsync("a", "k1", "p", Start.AddMinutes(7), Token)); // a completed key may be queued again
    }

    [Fact]
    public async Task ClaimsTakeTheOldestFirst_UpToTheLimit()
    {
        foreach (var key in new[] { "k1", "k2", "k3" })
        {
            await Queue.EnqueueAsync("a", key, "p", Start, Token);
        }

        Assert.Equal(["k1", "k2"], (await Queue.ClaimAsync("a", "w1", Start, Start.AddMinutes(5), 2, Token)).Select(i => i.Key));
        Assert.Equal(["k3"], (await Queue.ClaimAsync("a", "w2", Start, Start.AddMinutes(5), 2, Token)).Select(i => i.Key));
    }

    [Fact]
    public async Task TwoReplicasClaimingAtOnce_NeverGetTheSameItem()
    {
        for (var i = 0; i < 40; i++)
        {
            await Queue.EnqueueAsync("a", $"k{i:D2}", "p", Start, Token);
        }

        var replica = await StartReplicaAsync(Time);
        var taken = new List<string>();
        while (true)
        {
            var (one, two) = await Race.RunAsync(
                () => Queue.ClaimAsync("a", "w1", Start, Start.AddMinutes(5), 3, Token),
                () => replica.ClaimAsync("a", "w2", Start, Start.AddMinutes(5), 3, Token));
            if (one.Count + two.Count == 0)
            {
                break;
            }

            taken.AddRange(one.Concat(two).Select(i => i.Key));
        }

        Assert.Equal(40, taken.Count);
        Assert.Equal(40, taken.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task QueuedItems_SurviveARestart_AndAreClaimedByTheNewProcess()
    {
        await Queue.EnqueueAsync("a", "k1", "payload", Start, Token);
        Assert.Single(await Queue.ClaimAsync("a", "dead-worker", Start, Start.AddMinutes(5), 10, Token));

        var restarted = await StartReplicaAsync(Time); // a new process over the same database
        Time.Advance(TimeSpan.FromMinutes(5));
        var item = Assert.Single(await restarted.ClaimAsync("a", "new-worker", Time.GetUtcNow(), Time.GetUtcNow().AddMinutes(5), 10, Token));
        Assert.Equal(("k1", "payload"), (item.Key, item.Payload));
    }
}
