using Microsoft.Extensions.Time.Testing;
using SreBot.Shared.Audit;

namespace SreBot.Shared.Tests.Audit;

/// <summary>
/// What every audit log backend promises (<see cref="IAuditLog"/> with <see cref="IAuditActorEraser"/>), run against
/// each: records read back as appended, in one gap-free chain (also under concurrent appends) that verifies; queries
/// filter and page in sequence order, export ignores the page size; erasing an actor unlinks their records and the chain
/// still verifies.
/// </summary>
public abstract class AuditLogContract : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private (IAuditLog Log, IAuditActorEraser Eraser)? _backend;

    protected FakeTimeProvider Time { get; } = new(Start);

    private IAuditLog Log => (_backend ?? throw new InvalidOperationException("The log is not created yet.")).Log;

    private IAuditActorEraser Eraser => (_backend ?? throw new InvalidOperationException("The log is not created yet.")).Eraser;

    private static CancellationToken Token => new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token;

    /// <summary>The log and its actor eraser over an empty backend, on <paramref name="time"/>.</summary>
    protected abstract Task<(IAuditLog Log, IAuditActorEraser Eraser)> CreateAsync(TimeProvider time);

    public async Task InitializeAsync() => _backend = await CreateAsync(Time);

    public abstract Task DisposeAsync();

    private static AuditEntry Entry(string? user, string tool = "resource_get", string decision = AuditDecisions.Allow, string eventType = AuditEventTypes.ToolCall)
        => new(eventType, user, tool, new string('b', 64), decision, AuditOutcomes.Success, "corr-1", "detail");

    [Fact]
    public async Task AnAppendedRecord_ReadsBackAsAppended_OnTheLogsClock_AsTheFirstLinkOfTheChain()
    {
        var appended = await Log.AppendAsync(Entry("aad-olga"), Token);

        var record = Assert.Single(await Log.QueryAsync(new AuditQuery(), Token));
        Assert.Equal(appended, record);
        Assert.Equal(
            (1L, Start, AuditEventTypes.ToolCall, "aad-olga", "resource_get", new string('b', 64), AuditDecisions.Allow, AuditOutcomes.Success, "corr-1", "detail", new string('0', 64)),
            (record.Sequence, record.Timestamp, record.EventType, record.UserId, record.Tool, record.ArgumentsHash, record.Decision, record.Outcome, record.CorrelationId, record.Detail, record.PreviousHash));
        Assert.NotEqual("aad-olga", record.ActorRef);
    }

    [Fact]
    public async Task EachRecord_LinksToTheOneBefore_AndTheChainVerifies()
    {
        var first = await Log.AppendAsync(Entry("aad-olga"), Token);
        Time.Advance(TimeSpan.FromSeconds(1));
        var second = await Log.AppendAsync(Entry("aad-bob"), Token);

        Assert.Equal(2, second.Sequence);
        Assert.Equal(first.Hash, second.PreviousHash);
        var verification = await Log.VerifyAsync(Token);
        Assert.True(verification.Ok);
        Assert.Equal(2, verification.RecordsChecked);
    }

    [Fact]
    public async Task ConcurrentAppends_FormOneGapFreeChain_ThatVerifies()
    {
        await Task.WhenAll(Enumerable.Range(0, 24).Select(i => Task.Run(() => Log.AppendAsync(Entry($"aad-user-{i % 3}"), Token))));

        var records = await Log.QueryAsync(new AuditQuery(Limit: 1000), Token);
        Assert.Equal(Enumerable.Range(1, 24).Select(i => (long)i), records.Select(r => r.Sequence));
        Assert.True((await Log.VerifyAsync(Token)).Ok);
    }

    [Fact]
    public async Task Queries_FilterAndPage_InSequenceOrder()
    {
        await Log.AppendAsync(Entry("aad-olga"), Token);
        await Log.AppendAsync(Entry("aad-bob", tool: "resource_restart", decision: AuditDecisions.Deny), Token);
        await Log.AppendAsync(Entry("aad-olga", tool: "resource_restart"), Token);
        await Log.AppendAsync(Entry(null, tool: "GET /api/v1/audit", eventType: AuditEventTypes.ApiCall), Token);

        Assert.Equal([1L, 3L], (await Log.QueryAsync(new AuditQuery(UserId: "aad-olga"), Token)).Select(r => r.Sequence));
        Assert.Equal([2L, 3L], (await Log.QueryAsync(new AuditQuery(Tool: "resource_restart"), Token)).Select(r => r.Sequence));
        Assert.Equal([2L], (await Log.QueryAsync(new AuditQuery(Decision: AuditDecisions.Deny), Token)).Select(r => r.Sequence));
        Assert.Equal([4L], (await Log.QueryAsync(new AuditQuery(EventType: AuditEventTypes.ApiCall), Token)).Select(r => r.Sequence));
        Assert.Equal([2L, 3L], (await Log.QueryAsync(new AuditQuery(AfterSequence: 1, Limit: 2), Token)).Select(r => r.Sequence));
    }

    [Fact]
    public async Task Queries_FilterByTime_FromInclusive_ToExclusive()
    {
        await Log.AppendAsync(Entry("aad-olga"), Token);
        Time.Advance(TimeSpan.FromMinutes(1));
        await Log.AppendAsync(Entry("aad-olga"), Token);
        Time.Advance(TimeSpan.FromMinutes(1));
        await Log.AppendAsync(Entry("aad-olga"), Token);

        var middle = await Log.QueryAsync(new AuditQuery(From: Start.AddMinutes(1), To: Start.AddMinutes(2)), Token);

        Assert.Equal([2L], middle.Select(r => r.Sequence));
    }

    [Fact]
    public async Task TheExport_StreamsEveryMatchingRecord_WhateverThePageSize()
    {
        for (var i = 0; i < 5; i++)
        {
            await Log.AppendAsync(Entry(i % 2 == 0 ? "aad-olga" : "aad-bob"), Token);
        }

        var exported = new List<long>();
        await foreach (var record in Log.ExportAsync(new AuditQuery(UserId: "aad-olga", Limit: 1), Token))
        {
            exported.Add(record.Sequence);
        }

        Assert.Equal([1L, 3L, 5L], exported);
    }

    [Fact]
    public async Task ErasingAnActor_UnlinksTheirRecords_RecordsTheErasure_AndTheChainStillVerifies()
    {
        var olgas = await Log.AppendAsync(Entry("aad-olga"), Token);
        await Log.AppendAsync(Entry("aad-bob"), Token);

        var erasure = await Eraser.EraseActorAsync("aad-olga", "corr-erase", Token);

        Assert.Equal(AuditEventTypes.ActorErased, erasure.EventType);
        Assert.Equal(olgas.ActorRef, erasure.ActorRef);
        Assert.Null(erasure.UserId);
        var records = await Log.QueryAsync(new AuditQuery(), Token);
        Assert.Equal([null, "aad-bob", null], records.Select(r => r.UserId));
        Assert.Equal(olgas.ActorRef, records[0].ActorRef);
        Assert.True((await Log.VerifyAsync(Token)).Ok);
    }
}
