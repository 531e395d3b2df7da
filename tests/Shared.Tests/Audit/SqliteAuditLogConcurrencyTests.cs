using System.Diagnostics;
using SreBot.Shared.Audit;
using Xunit.Abstractions;

namespace SreBot.Shared.Tests.Audit;

public sealed class SqliteAuditLogConcurrencyTests(ITestOutputHelper output)
{
    [Fact]
    public async Task ConcurrentAppends_GetContiguousSequences_AndTheChainVerifies()
    {
        await using var host = await AuditLogHost.StartAsync();

        var appended = await AuditEntries.AppendConcurrentlyAsync(host.Log, 200);

        Assert.Equal(Enumerable.Range(1, 200).Select(i => (long)i), appended.Select(r => r.Sequence).Order());
        Assert.Equal(new AuditVerification(true, 200, null, null), await host.Log.VerifyAsync(CancellationToken.None));
        var stored = await host.Log.QueryAsync(new AuditQuery(Limit: 1000), CancellationToken.None);
        Assert.Equal(appended.OrderBy(r => r.Sequence), stored);
    }

    [Fact]
    public async Task TwoLogsOverOneFile_AppendConcurrently_IntoOneChain()
    {
        using var directory = new TemporaryDirectory();
        await using var first = await AuditLogHost.StartAsync(directory.Path);
        await using var second = await AuditLogHost.StartAsync(directory.Path);

        var appends = await Task.WhenAll(
            AuditEntries.AppendConcurrentlyAsync(first.Log, 150),
            AuditEntries.AppendConcurrentlyAsync(second.Log, 150));

        Assert.Equal(Enumerable.Range(1, 300).Select(i => (long)i), appends.SelectMany(a => a).Select(r => r.Sequence).Order());
        Assert.Equal(new AuditVerification(true, 300, null, null), await first.Log.VerifyAsync(CancellationToken.None));
        Assert.Equal(new AuditVerification(true, 300, null, null), await second.Log.VerifyAsync(CancellationToken.None));
    }

    /// <summary>Measures group-commit throughput for the record; asserts only correctness, never timing.</summary>
    [Fact]
    public async Task SixteenCallers_AppendThousands_AndTheChainVerifies()
    {
        const int callers = 16;
        const int appendsPerCaller = 250;
        await using var host = await AuditLogHost.StartAsync();

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
