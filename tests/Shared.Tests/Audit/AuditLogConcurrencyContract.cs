using System.Diagnostics;
using SreBot.Shared.Audit;
using Xunit.Abstractions;

namespace SreBot.Shared.Tests.Audit;

/// <summary>Concurrent appends, from one log and from two logs over one database (two replicas), form one gap-free chain, on each backend.</summary>
public abstract class AuditLogConcurrencyContract(ITestOutputHelper output)
{
    private protected abstract Task<IAuditLogHost> StartAsync(Action<AuditOptions>? configure = null);

    [Fact]
    public async Task ConcurrentAppends_GetContiguousSequences_AndTheChainVerifies()
    {
        await using var host = await StartAsync();

        var appended = await AuditEntries.AppendConcurrentlyAsync(host.Log, 200);

        Assert.Equal(Enumerable.Range(1, 200).Select(i => (long)i), appended.Select(r => r.Sequence).Order());
        Assert.Equal(new AuditVerification(true, 200, null, null), await host.Log.VerifyAsync(CancellationToken.None));
        var stored = await host.Log.QueryAsync(new AuditQuery(Limit: 1000), CancellationToken.None);
        Assert.Equal(appended.OrderBy(r => r.Sequence), stored);
    }

    [Fact]
    public async Task TwoLogsOverOneDatabase_AppendConcurrently_IntoOneChain()
    {
        await using var first = await StartAsync();
        await using var second = await first.StartReplicaAsync();

        var appends = await Task.WhenAll(
            AuditEntries.AppendConcurrentlyAsync(first.Log, 150),
            AuditEntries.AppendConcurrentlyAsync(second.Log, 150));

        Assert.Equal(Enumerable.Range(1, 300).Select(i => (long)i), appends.SelectMany(a => a).Select(r => r.Sequence).Order());
        Assert.Equal(new AuditVerification(true, 300, null, null), await first.Log.VerifyAsync(CancellationToken.None));
        Assert.Equal(new AuditVerification(true, 300, null, null), await second.Log.VerifyAsync(CancellationToken.None));
    }

    /// <summary>
    /// Two replicas (two logs, each with its own connections, over one database and one key) appending 500 records each
    /// at once: the database's write lock linearises their batches into one chain, 1..1000 without a gap or a fork.
    /// </summary>
    [Fact]
    public async Task TwoReplicas_Appending500Each_InParallel_GiveOneChainWithoutGaps_HoldingEveryAppend()
    {
        const int each = 500;
        await using var first = await StartAsync();
        await using var second = await first.StartReplicaAsync();

        var appends = await Task.WhenAll(
            AuditEntries.AppendConcurrentlyAsync(first.Log, each, i => AuditEntries.ToolCall(tool: $"first-{i}")),
            AuditEntries.AppendConcurrentlyAsync(second.Log, each, i => AuditEntries.ToolCall(tool: $"second-{i}")));

        var stored = new List<AuditRecord>();
        await foreach (var record in first.Log.ExportAsync(new AuditQuery(), CancellationToken.None))
        {
            stored.Add(record);
        }

        Assert.Equal(Enumerable.Range(1, 2 * each).Select(i => (long)i), stored.Select(r => r.Sequence));
        Assert.Equal(appends[0].Concat(appends[1]).OrderBy(r => r.Sequence), stored);
        Assert.Equal(Enumerable.Range(0, each).Select(i => $"first-{i}").Order(), appends[0].Select(r => r.Tool!).Order());
        Assert.Equal(Enumerable.Range(0, each).Select(i => $"second-{i}").Order(), appends[1].Select(r => r.Tool!).Order());
        Assert.Equal(new AuditVerification(true, 2 * each, null, null), await second.Log.VerifyAsync(CancellationToken.None));
    }

    /// <summary>Measures group-commit throughput for the record; asserts only correctness, never timing.</summary>
    [Fact]
    public async Task SixteenCallers_AppendThousands_AndTheChainVerifies()
    {
        const int callers = 16;
        const int appendsPerCaller = 250;
        await using var host = await StartAsync();

        var stopwatch = Stopwatch.StartNew();
        var counts = await Task.WhenAll(Enumerable.Range(0, callers).Select(caller => Task.Run(async () =>
        {
            for (var i = 0; i < appendsPerCaller; i++)
            {
                await host.Log.AppendAsync(AuditEntries.ToolCall(userId: $"user-{caller}"), CancellationToken.None);
            }

            return appendsPerCaller;
        })));
        stopwatch.Stop();

        var total = counts.Sum();
        output.WriteLine($"{total} appends from {callers} callers in {stopwatch.ElapsedMilliseconds} ms: {total / stopwatch.Elapsed.TotalSeconds:F0} appends/s");
        Assert.Equal(new AuditVerification(true, total, null, null), await host.Log.VerifyAsync(CancellationToken.None));
    }
}
