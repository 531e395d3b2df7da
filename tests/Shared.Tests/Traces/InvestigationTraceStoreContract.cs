using Microsoft.Extensions.Time.Testing;
using SreBot.Shared.Conversations;
using SreBot.Shared.Traces;

namespace SreBot.Shared.Tests.Traces;

/// <summary>
/// What every <see cref="IInvestigationTraceStore"/> promises, run against each backend: traces read back whole (steps in
/// call order, findings), per thread newest first, per requester oldest first, and the deletes that erasure and retention
/// use; a deleted thread takes its traces along. Traces hang off threads, so the backend provides both stores.
/// </summary>
public abstract class InvestigationTraceStoreContract : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly ConversationReference Room = new("msteams", "http://127.0.0.1:1/", "19:room", "groupChat", "t");
    private static readonly ConversationReference Other = new("msteams", "http://127.0.0.1:1/", "19:other", "channel", "t");

    private (IInvestigationTraceStore Traces, IConversationStore Conversations)? _stores;

    protected FakeTimeProvider Time { get; } = new(Start);

    private IInvestigationTraceStore Store => _stores?.Traces ?? throw new InvalidOperationException("The store is not created yet.");

    private IConversationStore Conversations => _stores?.Conversations ?? throw new InvalidOperationException("The store is not created yet.");

    private static CancellationToken Token => new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token;

    /// <summary>The trace store and the conversation store it hangs off, over an empty backend, on <paramref name="time"/>.</summary>
    protected abstract Task<(IInvestigationTraceStore Traces, IConversationStore Conversations)> CreateStoresAsync(TimeProvider time);

    public async Task InitializeAsync()
    {
        _stores = await CreateStoresAsync(Time);
        foreach (var thread in new[] { Room, Other })
        {
            await Conversations.RecordMessageAsync(thread, new ChatMessage("alice", "Alice", "in", Start, "investigate"), Token);
        }
    }

    public abstract Task DisposeAsync();

    [Fact]
    public async Task ATrace_IsReadBackWhole()
    {
        var saved = await SaveAsync(Room, "alice", "the cache never evicts",
            new TraceStep("resource_get", """{"resourceId":"x"}""", 12.5, true, "found"),
            new TraceStep("metrics_query", "{}", 3, false, "throttled"));

        var trace = Assert.Single(await Store.ListForThreadAsync(Room.ThreadId, 10, Token));

        Assert.Equal((saved.Id, saved.ThreadId, saved.RequestedBy, saved.ResourceId, saved.StartedAt, saved.FinishedAt, saved.Conclusion),
            (trace.Id, trace.ThreadId, trace.RequestedBy, trace.ResourceId, trace.StartedAt, trace.FinishedAt, trace.Conclusion));
        Assert.Equal(saved.Steps, trace.Steps);
        Assert.Equal(saved.Findings, trace.Findings);
    }

    [Fact]
    public async Task AThreadsTraces_AreNewestFirst_AndTheLimitKeepsTheNewest()
    {
        var first = await SaveAsync(Room, "alice", "first");
        var second = await SaveAsync(Room, "bob", "second");
        await SaveAsync(Other, "alice", "elsewhere");

        Assert.Equal([second.Id, first.Id], (await Store.ListForThreadAsync(Room.ThreadId, 10, Token)).Select(t => t.Id));
        Assert.Equal([second.Id], (await Store.ListForThreadAsync(Room.ThreadId, 1, Token)).Select(t => t.Id));
        Assert.Empty(await Store.ListForThreadAsync("thr_missing", 10, Token));
    }

    [Fact]
    public async Task ATraceByItsId_IsFoundWhole_OnlyInItsOwnThread()
    {
        var saved = await SaveAsync(Room, "alice", "the cache never evicts", new TraceStep("resource_get", "{}", 1, true, "found"));
        await SaveAsync(Room, "bob", "newer");

        var found = await Store.GetInThreadAsync(Room.ThreadId, saved.Id, Token);

        Assert.Equal(saved.Id, found?.Id);
        Assert.Equal(saved.Steps, found!.Steps);
        Assert.Null(await Store.GetInThreadAsync(Other.ThreadId, saved.Id, Token));
        Assert.Null(await Store.GetInThreadAsync(Room.ThreadId, "trc_missing", Token));
    }

    [Fact]
    public async Task ARequestersTraces_AreTheirsWhereverTheyRan_OldestFirst_AndDeleteWithTheirSteps()
    {
        var first = await SaveAsync(Other, "alice", "first", new TraceStep("resource_get", "{}", 1, true, "found"));
        var bobs = await SaveAsync(Room, "bob", "bob's");
        var second = await SaveAsync(Room, "alice", "second");

        var mine = await Store.ListRequestedByAsync("alice", Token);

        Assert.Equal([first.Id, second.Id], mine.Select(t => t.Id));
        Assert.Equal(first.Steps, mine[0].Steps);
        Assert.Equal(2, await Store.DeleteRequestedByAsync("alice", Token));
        Assert.Empty(await Store.ListRequestedByAsync("alice", Token));
        Assert.Equal([bobs.Id], (await Store.ListForThreadAsync(Room.ThreadId, 10, Token)).Select(t => t.Id));
    }

    [Fact]
    public async Task TracesFinishedBeforeTheCutoff_AreDeleted_AndTheirThreadsStay()
    {
        await SaveAsync(Room, "alice", "old");
        Time.Advance(TimeSpan.FromDays(10));
        var recent = await SaveAsync(Room, "alice", "new");

        Assert.Equal(1, await Store.DeleteFinishedBeforeAsync(Start.AddDays(5), Token));

        Assert.Equal([recent.Id], (await Store.ListForThreadAsync(Room.ThreadId, 10, Token)).Select(t => t.Id));
        Assert.NotNull(await Conversations.GetThreadAsync(Room.ThreadId, Token));
    }

    [Fact]
    public async Task DeletingTheThread_TakesItsTraces()
    {
        await SaveAsync(Room, "alice", "gone with the thread");
        var kept = await SaveAsync(Other, "alice", "kept");

        await Conversations.DeleteThreadAsync(Room.ThreadId, Token);

        Assert.Equal([kept.Id], (await Store.ListRequestedByAsync("alice", Token)).Select(t => t.Id));
    }

    /// <summary>A trace that started a minute after the previous one and took ten seconds.</summary>
    private async Task<InvestigationTrace> SaveAsync(ConversationReference thread, string requestedBy, string conclusion, params TraceStep[] steps)
    {
        Time.Advance(TimeSpan.FromMinutes(1));
        var started = Time.GetUtcNow();
        var trace = new InvestigationTrace(InvestigationTrace.NewId(), thread.ThreadId, requestedBy, "/subscriptions/s/resourceGroups/rg/providers/p/t/x",
            started, started.AddSeconds(10), steps, ["finding one", "finding two"], conclusion);
        await Store.SaveAsync(trace, Token);
        return trace;
    }
}
