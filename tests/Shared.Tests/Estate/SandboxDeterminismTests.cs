using System.Globalization;
using SreBot.Shared.Estate;
using SreBot.Shared.Estate.Sandbox.Catalog;
using SreBot.Shared.Scope;

namespace SreBot.Shared.Tests.Estate;

public sealed class SandboxDeterminismTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task SameTime_GivesIdenticalAnswers_FromIndependentInstances()
    {
        await using var first = await SandboxHarness.StartAsync();
        await using var second = await SandboxHarness.StartAsync();

        foreach (var resource in new[] { SandboxEstate.CheckoutApiId, SandboxEstate.BatchVmId, SandboxEstate.OrdersDatabaseId, SandboxEstate.ShopProdPlanId })
        {
            Assert.Equal(await SnapshotAsync(first, resource), await SnapshotAsync(second, resource));
        }
    }

    [Fact]
    public async Task RepeatedQueries_AtTheSameTime_GiveIdenticalAnswers()
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        var once = await SnapshotAsync(sandbox, SandboxEstate.CheckoutApiId);
        var twice = await SnapshotAsync(sandbox, SandboxEstate.CheckoutApiId);

        Assert.Equal(once, twice);
    }

    [Fact]
    public async Task Answers_DoNotDependOnTheMomentWithinTheSameMinute()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var start = sandbox.Now.AddHours(-2);
        var end = sandbox.Now.AddMinutes(-1);
        var query = new MetricsQuery([], start, end, TimeSpan.FromMinutes(5), MetricAggregation.Maximum);

        var early = await sandbox.Estate.QueryMetricsAsync(SandboxEstate.CheckoutApiId, query, None);
        sandbox.Time.Advance(TimeSpan.FromSeconds(40));
        var late = await sandbox.Estate.QueryMetricsAsync(SandboxEstate.CheckoutApiId, query, None);

        Assert.Equal(Describe(early), Describe(late));
    }

    private static async Task<string> SnapshotAsync(SandboxHarness sandbox, ResourceId resource)
    {
        var metrics = await sandbox.MetricsAsync(resource, TimeSpan.FromHours(6), TimeSpan.FromMinutes(15), MetricAggregation.Average);
        var logs = await sandbox.LogsAsync(resource, TimeSpan.FromHours(2), top: 200);
        var health = await sandbox.Estate.GetHealthAsync(resource, None);
        var activity = await sandbox.Estate.ListActivityLogAsync(resource.ResourceGroupId!, sandbox.Now.AddDays(-3), sandbox.Now, None);
        return string.Join(
            "\n",
            Describe(metrics),
            $"{logs.TotalMatches}: " + string.Join("\n", logs.Entries.Select(e => FormattableString.Invariant($"{e.TimeGenerated:O} {e.Level} {e.Source} {e.Message}"))),
            FormattableString.Invariant($"{health.AvailabilityState} {health.ReasonType} {health.OccurredTime:O} {health.Summary}"),
            string.Join("\n", activity.Select(a => FormattableString.Invariant($"{a.EventTimestamp:O} {a.ResourceId} {a.OperationName} {a.Status} {a.Caller} {a.Description}"))));
    }

    private static string Describe(MetricsResult result)
        => string.Join("\n", result.Metrics.Select(s => $"{s.Name} {s.Unit}: " + string.Join(" ", s.Points.Select(p => p.Value?.ToString("R", CultureInfo.InvariantCulture) ?? "null"))));
}
