using System.Text.Json;
using Microsoft.Extensions.Options;
using SreBot.Shared.Audit;
using SreBot.Shared.Retention;
using SreBot.Shared.Tests.Audit;

namespace SreBot.Shared.Tests.Retention;

public sealed class RetentionRunnerTests : IDisposable
{
    private static readonly Dictionary<string, string?> ThirtyDays = new()
    {
        ["Retention:ThreadsDays"] = "30",
        ["Retention:TracesDays"] = "30",
        ["Retention:IntervalMinutes"] = "60",
    };

    private readonly TemporaryDirectory _directory = new();

    [Fact]
    public async Task Pass_PurgesThreadsAndTracesOlderThanThePolicy_RecordsIt_AndKeepsNewerData()
    {
        await using var host = await RetentionHost.StartAsync(_directory.Path, ThirtyDays);
        var oldThread = await host.SayAsync("conv-old", "old words");
        var oldThreadTrace = await host.TraceAsync(oldThread, "old thread's trace");
        host.Time.Advance(TimeSpan.FromDays(2));
        var liveThread = await host.SayAsync("conv-live", "first words");
        var oldTrace = await host.TraceAsync(liveThread, "old trace in a live thread");
        host.Time.Advance(TimeSpan.FromDays(33));
        await host.SayAsync("conv-live", "recent words");
        var newTrace = await host.TraceAsync(liveThread, "recent trace");

        var pass = await host.Runner.RunAsync("replica-a", CancellationToken.None);

        Assert.NotNull(pass);
        Assert.Equal(
            [(RetainedDataTypes.Threads, 1, false), (RetainedDataTypes.Traces, 1, false)],
            pass.Purges.Select(p => (p.DataType, p.Count, p.Failed)));
        Assert.All(pass.Purges, p => Assert.Equal(RetentionHost.Start.AddDays(5), p.Cutoff));
        Assert.Null(await host.Conversations.GetThreadAsync(oldThread, CancellationToken.None));
        Assert.NotNull(await host.Conversations.GetThreadAsync(liveThread, CancellationToken.None));
        Assert.Equal(2, (await host.Conversations.GetMessagesAsync(liveThread, 10, CancellationToken.None)).Count);
        Assert.Equal([newTrace], (await host.Traces.ListForThreadAsync(liveThread, 10, CancellationToken.None)).Select(t => t.Id));
        Assert.Empty(await host.Traces.ListForThreadAsync(oldThread, 10, CancellationToken.None));
        Assert.NotEqual(oldTrace, oldThreadTrace);

        var records = await host.RetentionRecordsAsync();
        Assert.Equal([RetainedDataTypes.Threads, RetainedDataTypes.Traces], records.Select(r => Detail(r).GetProperty("dataType").GetString()));
        Assert.All(records, r => Assert.Equal((null, null, 1), (r.UserId, r.ActorRef, Detail(r).GetProperty("purged").GetInt32())));
        Assert.DoesNotContain(records, r => r.Detail!.Contains("conv-", StringComparison.Ordinal) || r.Detail.Contains("olga", StringComparison.Ordinal));
        Assert.True((await host.Audit.VerifyAsync(CancellationToken.None)).Ok);
    }

    [Fact]
    public async Task SecondPass_PurgesNothing_AndRecordsNothing()
    {
        await using var host = await RetentionHost.StartAsync(_directory.Path, ThirtyDays);
        await host.SayAsync("conv-old", "old words");
        host.Time.Advance(TimeSpan.FromDays(31));
        await host.Runner.RunAsync("replica-a", CancellationToken.None);
        host.Time.Advance(TimeSpan.FromMinutes(60));

        var second = await host.Runner.RunAsync("replica-a", CancellationToken.None);

        Assert.NotNull(second);
        Assert.All(second.Purges, p => Assert.Equal((0, false), (p.Count, p.Failed)));
        Assert.Single(await host.RetentionRecordsAsync());
    }

    [Fact]
    public async Task TwoReplicas_OverOneDatabase_RunOnePassBetweenThem()
    {
        await using var first = await RetentionHost.StartAsync(_directory.Path, ThirtyDays);
        await using var second = await RetentionHost.StartAsync(_directory.Path, ThirtyDays);
        await first.SayAsync("conv-old", "old words");
        first.Time.Advance(TimeSpan.FromDays(31));
        second.Time.Advance(TimeSpan.FromDays(31));

        var passes = await Task.WhenAll(
            Task.Run(() => first.Runner.RunAsync("replica-a", CancellationToken.None)),
            Task.Run(() => second.Runner.RunAsync("replica-b", CancellationToken.None)));

        Assert.Single(passes, p => p is not null);
        Assert.Single(await first.RetentionRecordsAsync());

        // Half an interval later the lease is free again, for either replica.
        first.Time.Advance(TimeSpan.FromMinutes(29));
        second.Time.Advance(TimeSpan.FromMinutes(30));
        Assert.Null(await first.Runner.RunAsync("replica-a", CancellationToken.None));
        Assert.NotNull(await second.Runner.RunAsync("replica-b", CancellationToken.None));
    }

    [Fact]
    public async Task AFailingPurge_IsReported_AndTheOthersStillRun()
    {
        var settings = new Dictionary<string, string?>(ThirtyDays) { ["Retention:AuditDays"] = "30" };
        await using var host = await RetentionHost.StartAsync(_directory.Path, settings);
        await host.SayAsync("conv-old", "old words");
        await host.Audit.AppendAsync(AuditEntries.ToolCall(), CancellationToken.None);
        await host.Audit.AppendAsync(AuditEntries.ToolCall(), CancellationToken.None);
        await host.ExecuteRawAsync("""
            DROP TRIGGER audit_records_no_update;
            UPDATE audit_records SET decision = 'deny' WHERE sequence = 1;
            """);
        host.Time.Advance(TimeSpan.FromDays(31));

        var pass = await host.Runner.RunAsync("replica-a", CancellationToken.None);

        Assert.NotNull(pass);
        Assert.Equal(
            [(RetainedDataTypes.Threads, 1, false), (RetainedDataTypes.Traces, 0, false), (RetainedDataTypes.Audit, 0, true)],
            pass.Purges.Select(p => (p.DataType, p.Count, p.Failed)));
        Assert.Equal(1L, (await host.Audit.VerifyAsync(CancellationToken.None)).FirstBrokenSequence);
    }

    [Fact]
    public async Task ByDefault_EverythingIsKeptForever()
    {
        await using var host = await RetentionHost.StartAsync(_directory.Path, new Dictionary<string, string?>());
        var thread = await host.SayAsync("conv-old", "old words");
        host.Time.Advance(TimeSpan.FromDays(3650));

        var pass = await host.Runner.RunAsync("replica-a", CancellationToken.None);

        Assert.Empty(pass!.Purges);
        Assert.NotNull(await host.Conversations.GetThreadAsync(thread, CancellationToken.None));
    }

    [Theory]
    [InlineData("Retention:ThreadsDays", "-1")]
    [InlineData("Retention:AuditDays", "36501")]
    [InlineData("Retention:IntervalMinutes", "0")]
    [InlineData("Retention:IntervalMinutes", "1441")]
    public async Task Options_OutOfRange_AreRefused(string key, string value)
    {
        await using var host = await RetentionHost.StartAsync(_directory.Path, new Dictionary<string, string?> { [key] = value });

        var refused = Assert.Throws<OptionsValidationException>(() => host.Get<IOptions<RetentionOptions>>().Value);

        Assert.Contains(key.Split(':')[1], refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_ZeroOrUnset_MeansKeepForever()
    {
        var options = new RetentionOptions { ThreadsDays = 0, TracesDays = 7 };

        Assert.Equal(
            [null, TimeSpan.FromDays(7), null, null, null, null],
            new[] { "threads", "traces", "memories", "knowledge", "audit", "unknown" }.Select(options.PeriodFor));
    }

    private static JsonElement Detail(AuditRecord record) => JsonDocument.Parse(record.Detail!).RootElement;

    public void Dispose() => _directory.Dispose();
}
