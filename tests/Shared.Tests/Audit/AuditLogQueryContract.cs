using SreBot.Shared.Audit;

namespace SreBot.Shared.Tests.Audit;

/// <summary>Queries and exports, on each backend.</summary>
public abstract class AuditLogQueryContract
{
    private protected abstract Task<IAuditLogHost> StartAsync(Action<AuditOptions>? configure = null);

    [Fact]
    public async Task Append_ReturnsTheRecord_ThatQueryReadsBack()
    {
        await using var host = await StartAsync();
        var entry = AuditEntries.ToolCall(detail: "policy.ok");

        var appended = await host.Log.AppendAsync(entry, CancellationToken.None);
        var read = Assert.Single(await host.Log.QueryAsync(new AuditQuery(), CancellationToken.None));

        Assert.Equal(appended, read);
        Assert.Equal(1, read.Sequence);
        Assert.Equal(IAuditLogHost.Start, read.Timestamp);
        Assert.Equal(entry.UserId, read.UserId);
        Assert.Equal(32, read.ActorRef!.Length);
        Assert.Equal((entry.EventType, entry.Tool, entry.ArgumentsHash, entry.Decision, entry.Outcome, entry.CorrelationId, entry.Detail),
            (read.EventType, read.Tool, read.ArgumentsHash, read.Decision, read.Outcome, read.CorrelationId, read.Detail));
        Assert.Equal(new string('0', 64), read.PreviousHash);
        Assert.Matches("^[0-9a-f]{64}$", read.Hash);
    }

    [Fact]
    public async Task Query_AppliesEachFilter()
    {
        await using var host = await StartAsync();
        await AppendSampleAsync(host);

        await AssertSequencesAsync(host, new AuditQuery(UserId: "alice"), 1, 4);
        await AssertSequencesAsync(host, new AuditQuery(Tool: "vm_restart"), 1, 2);
        await AssertSequencesAsync(host, new AuditQuery(Decision: AuditDecisions.Deny), 2);
        await AssertSequencesAsync(host, new AuditQuery(EventType: AuditEventTypes.AuthFailure), 3);
        await AssertSequencesAsync(host, new AuditQuery(From: IAuditLogHost.Start.AddMinutes(1), To: IAuditLogHost.Start.AddMinutes(3)), 2, 3);
        await AssertSequencesAsync(host, new AuditQuery(AfterSequence: 3), 4, 5);
        await AssertSequencesAsync(host, new AuditQuery(UserId: "bob", Tool: "logs_search", Decision: AuditDecisions.Pending), 5);
        await AssertSequencesAsync(host, new AuditQuery(UserId: "mallory"));
    }

    [Fact]
    public async Task Query_ResolvesUserIds_AndLeavesThemNullWithoutAUser()
    {
        await using var host = await StartAsync();
        await AppendSampleAsync(host);

        var users = (await host.Log.QueryAsync(new AuditQuery(), CancellationToken.None)).Select(r => r.UserId);

        Assert.Equal(["alice", "bob", null, "alice", "bob"], users);
    }

    [Fact]
    public async Task Query_PagesWithAfterSequence()
    {
        await using var host = await StartAsync();
        await AuditEntries.AppendConcurrentlyAsync(host.Log, 7);

        var pages = new List<long[]>();
        long? after = null;
        while (true)
        {
            var page = await host.Log.QueryAsync(new AuditQuery(AfterSequence: after, Limit: 3), CancellationToken.None);
            if (page.Count == 0)
            {
                break;
            }

            pages.Add([.. page.Select(r => r.Sequence)]);
            after = page[^1].Sequence;
        }

        long[][] expected = [[1, 2, 3], [4, 5, 6], [7]];
        Assert.Equal(expected, pages);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(-5, 1)]
    [InlineData(2, 2)]
    [InlineData(int.MaxValue, 1000)]
    public async Task Query_ClampsTheLimit(int limit, int expected)
    {
        await using var host = await StartAsync();
        await AuditEntries.AppendConcurrentlyAsync(host.Log, 1001);

        var records = await host.Log.QueryAsync(new AuditQuery(Limit: limit), CancellationToken.None);

        Assert.Equal(expected, records.Count);
    }

    [Fact]
    public async Task Export_StreamsEveryMatchingRecord_IgnoringTheLimit()
    {
        await using var host = await StartAsync();
        await AuditEntries.AppendConcurrentlyAsync(host.Log, 1001, i => AuditEntries.ToolCall(tool: i % 2 == 0 ? "even" : "odd"));

        var exported = new List<long>();
        await foreach (var record in host.Log.ExportAsync(new AuditQuery(Tool: "even", Limit: 1), CancellationToken.None))
        {
            exported.Add(record.Sequence);
        }

        Assert.Equal(501, exported.Count);
        Assert.Equal(exported.Order(), exported);
    }

    [Fact]
    public async Task Append_StoresCallerTextWithoutASingleEncoding_ByLengthAndHash_AndRejectsItInFixedFields()
    {
        await using var host = await StartAsync();

        await host.Log.AppendAsync(AuditEntries.ToolCall(detail: "bad \ud800 surrogate"), CancellationToken.None);
        await host.Log.AppendAsync(AuditEntries.ToolCall(tool: "nul\0"), CancellationToken.None);
        await Assert.ThrowsAsync<ArgumentException>(() => host.Log.AppendAsync(AuditEntries.ToolCall(eventType: "tool.\0call"), CancellationToken.None));
        var records = await host.Log.QueryAsync(new AuditQuery(), CancellationToken.None);
        Assert.Matches("^len=15 sha256=[0-9a-f]{16}$", records[0].Detail);
        Assert.Matches("^len=4 sha256=[0-9a-f]{16}$", records[1].Tool);
        Assert.Equal(2, records.Count);
    }

    /// <summary>Five records a minute apart: alice/bob/anonymous, two tools, every decision.</summary>
    private static async Task AppendSampleAsync(IAuditLogHost host)
    {
        AuditEntry[] entries =
        [
            AuditEntries.ToolCall(userId: "alice", tool: "vm_restart", decision: AuditDecisions.Allow),
            AuditEntries.ToolCall(userId: "bob", tool: "vm_restart", decision: AuditDecisions.Deny),
            AuditEntries.ToolCall(userId: null, tool: null, decision: AuditDecisions.None, eventType: AuditEventTypes.AuthFailure),
            AuditEntries.ToolCall(userId: "alice", tool: "logs_search", decision: AuditDecisions.Allow),
            AuditEntries.ToolCall(userId: "bob", tool: "logs_search", decision: AuditDecisions.Pending, eventType: AuditEventTypes.McpRequest),
        ];
        foreach (var entry in entries)
        {
            await host.Log.AppendAsync(entry, CancellationToken.None);
            host.Time.Advance(TimeSpan.FromMinutes(1));
        }
    }

    private static async Task AssertSequencesAsync(IAuditLogHost host, AuditQuery query, params long[] expected)
    {
        var records = await host.Log.QueryAsync(query, CancellationToken.None);
        Assert.Equal(expected, records.Select(r => r.Sequence));
    }
}
