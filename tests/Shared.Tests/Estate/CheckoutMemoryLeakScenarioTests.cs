using SreBot.Shared.Estate;
using SreBot.Shared.Estate.Sandbox.Catalog;

namespace SreBot.Shared.Tests.Estate;

public sealed class CheckoutMemoryLeakScenarioTests
{
    private const double GiB = 1024d * 1024 * 1024;
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task CheckoutMemory_ClimbsSteadily_OverTheLastHourAndMore()
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        var result = await sandbox.MetricsAsync(SandboxEstate.CheckoutApiId, TimeSpan.FromHours(3), TimeSpan.FromMinutes(5), MetricAggregation.Average, "MemoryWorkingSet");

        var series = Assert.Single(result.Metrics);
        Assert.Equal("Bytes", series.Unit);
        var lastHours = series.Points.Where(p => p.TimeStamp >= sandbox.Now.AddMinutes(-95)).Select(p => p.Value!.Value).ToList();
        Assert.True(lastHours.Count >= 18);
        Assert.All(lastHours.Zip(lastHours.Skip(1)), pair => Assert.True(pair.Second > pair.First, $"{pair.Second} after {pair.First}"));
        Assert.True(series.Points[0].Value < 1.7 * GiB, $"baseline {series.Points[0].Value}");
        Assert.True(lastHours[^1] > 4 * GiB, $"latest {lastHours[^1]}");
    }

    [Fact]
    public async Task CheckoutErrorsAndLatency_RiseWithMemory()
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        var result = await sandbox.MetricsAsync(SandboxEstate.CheckoutApiId, TimeSpan.FromHours(3), TimeSpan.FromMinutes(30), MetricAggregation.Total, "Http5xx");
        var latency = await sandbox.MetricsAsync(SandboxEstate.CheckoutApiId, TimeSpan.FromHours(3), TimeSpan.FromMinutes(30), MetricAggregation.Average, "HttpResponseTime");

        var errors = Assert.Single(result.Metrics).Points.Select(p => p.Value ?? 0).ToList();
        var seconds = Assert.Single(latency.Metrics).Points.Select(p => p.Value ?? 0).ToList();
        Assert.True(errors[^1] > 20 * errors[0], $"5xx: {string.Join(", ", errors)}");
        Assert.True(seconds[^1] > 2 * seconds[0], $"latency: {string.Join(", ", seconds)}");
    }

    [Fact]
    public async Task CheckoutLogs_ShowOutOfMemoryExceptions_AndStagingLogsDoNot()
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        var production = await sandbox.LogsAsync(SandboxEstate.CheckoutApiId, TimeSpan.FromHours(2), "OutOfMemoryException");
        var staging = await sandbox.LogsAsync(SandboxEstate.CheckoutApiStagingId, TimeSpan.FromHours(2), "OutOfMemoryException");
        var http = await sandbox.LogsAsync(SandboxEstate.CheckoutApiId, TimeSpan.FromMinutes(30), " 503 ");

        Assert.True(production.TotalMatches > 20, $"{production.TotalMatches} OOM lines");
        Assert.All(production.Entries, e => Assert.Equal(LogSeverity.Error, e.Level));
        Assert.Equal(0, staging.TotalMatches);
        Assert.True(http.TotalMatches > 0);
    }

    [Fact]
    public async Task StagingMemory_StaysFlat()
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        var result = await sandbox.MetricsAsync(SandboxEstate.CheckoutApiStagingId, TimeSpan.FromHours(3), TimeSpan.FromMinutes(30), MetricAggregation.Average, "MemoryWorkingSet");

        var values = Assert.Single(result.Metrics).Points.Select(p => p.Value!.Value).ToList();
        Assert.True(values.Max() < 1.1 * values.Min(), string.Join(", ", values));
    }

    [Fact]
    public async Task CheckoutHealth_IsDegraded_ForLowMemory()
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        var health = await sandbox.Estate.GetHealthAsync(SandboxEstate.CheckoutApiId, None);
        var staging = await sandbox.Estate.GetHealthAsync(SandboxEstate.CheckoutApiStagingId, None);

        Assert.Equal("Degraded", health.AvailabilityState);
        Assert.Equal("Unplanned", health.ReasonType);
        Assert.Contains("memory", health.Summary, StringComparison.OrdinalIgnoreCase);
        Assert.InRange(health.OccurredTime, sandbox.Now.AddHours(-1), sandbox.Now);
        Assert.Equal("Available", staging.AvailabilityState);
    }

    [Fact]
    public async Task ActivityLog_ShowsADeploymentAboutTwoHoursBeforeTheLeakStarted()
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        var events = await sandbox.Estate.ListActivityLogAsync(SandboxEstate.CheckoutApiId, sandbox.Now.AddHours(-6), sandbox.Now, None);
        var memory = await sandbox.MetricsAsync(SandboxEstate.CheckoutApiId, TimeSpan.FromHours(6), TimeSpan.FromMinutes(5), MetricAggregation.Average, "MemoryWorkingSet");

        var deployment = Assert.Single(events, e => e.OperationName == "Microsoft.Web/sites/deployments/write");
        Assert.Contains("4.18.0", deployment.Description, StringComparison.Ordinal);
        var points = Assert.Single(memory.Metrics).Points;
        var baseline = points.First(p => p.TimeStamp > deployment.EventTimestamp.AddMinutes(30)).Value!.Value;
        var leakStart = points.First(p => p.TimeStamp > deployment.EventTimestamp && p.Value > baseline * 1.05).TimeStamp;
        Assert.InRange(leakStart - deployment.EventTimestamp, TimeSpan.FromMinutes(100), TimeSpan.FromMinutes(140));
    }

    [Fact]
    public async Task IncidentFollowsTheClock_SoAnyRecentWindowShowsIt()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        sandbox.Time.Advance(TimeSpan.FromDays(3) + TimeSpan.FromHours(9));

        var health = await sandbox.Estate.GetHealthAsync(SandboxEstate.CheckoutApiId, None);
        var oom = await sandbox.LogsAsync(SandboxEstate.CheckoutApiId, TimeSpan.FromMinutes(30), "OutOfMemoryException");

        Assert.Equal("Degraded", health.AvailabilityState);
        Assert.True(oom.TotalMatches > 0);
    }
}
