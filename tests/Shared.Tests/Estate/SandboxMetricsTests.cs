using SreBot.Shared.Estate;
using SreBot.Shared.Estate.Sandbox.Catalog;

namespace SreBot.Shared.Tests.Estate;

public sealed class SandboxMetricsTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task EmptyMetricNames_ReturnTheTypesDefaultSet_WithAzureUnits()
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        var site = await sandbox.MetricsAsync(SandboxEstate.CheckoutApiId, TimeSpan.FromHours(1), TimeSpan.FromMinutes(5), MetricAggregation.Average);
        var vm = await sandbox.MetricsAsync(SandboxEstate.BatchVmId, TimeSpan.FromHours(1), TimeSpan.FromMinutes(5), MetricAggregation.Average);
        var plan = await sandbox.MetricsAsync(SandboxEstate.ShopProdPlanId, TimeSpan.FromHours(1), TimeSpan.FromMinutes(5), MetricAggregation.Average);

        Assert.Equal(
            [("CpuTime", "Seconds"), ("MemoryWorkingSet", "Bytes"), ("Requests", "Count"), ("Http5xx", "Count"), ("HttpResponseTime", "Seconds")],
            site.Metrics.Select(m => (m.Name, m.Unit)));
        Assert.Equal([("Percentage CPU", "Percent"), ("Available Memory Bytes", "Bytes")], vm.Metrics.Select(m => (m.Name, m.Unit)));
        Assert.Equal(["CpuPercentage", "MemoryPercentage"], plan.Metrics.Select(m => m.Name));
    }

    [Fact]
    public async Task MetricNames_AreMatchedCaseInsensitively_AndReturnedInAzureSpelling()
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        var result = await sandbox.MetricsAsync(SandboxEstate.BatchVmId, TimeSpan.FromHours(1), TimeSpan.FromMinutes(5), MetricAggregation.Maximum, "percentage cpu", "Percentage CPU");

        var series = Assert.Single(result.Metrics);
        Assert.Equal("Percentage CPU", series.Name);
        Assert.Equal(MetricAggregation.Maximum, series.Aggregation);
    }

    [Fact]
    public async Task UnknownMetric_IsRefused_WithTheValidNames()
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => sandbox.MetricsAsync(SandboxEstate.CheckoutApiId, TimeSpan.FromHours(1), TimeSpan.FromMinutes(5), MetricAggregation.Average, "Requests", "Percentage CPU"));

        Assert.Contains("'Percentage CPU'", error.Message, StringComparison.Ordinal);
        Assert.Contains("MemoryWorkingSet", error.Message, StringComparison.Ordinal);
        Assert.Contains("Http5xx", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TooManyPoints_AreRefused_WithTheLimit()
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => sandbox.MetricsAsync(SandboxEstate.CheckoutApiId, TimeSpan.FromDays(2), TimeSpan.FromMinutes(1), MetricAggregation.Average, "Requests"));

        Assert.Contains("1,440", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidWindowOrInterval_IsRefused()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var now = sandbox.Now;

        await Assert.ThrowsAsync<ArgumentException>(() => sandbox.Estate.QueryMetricsAsync(
            SandboxEstate.CheckoutApiId, new MetricsQuery([], now, now.AddHours(-1), TimeSpan.FromMinutes(5), MetricAggregation.Average), None));
        await Assert.ThrowsAsync<ArgumentException>(() => sandbox.Estate.QueryMetricsAsync(
            SandboxEstate.CheckoutApiId, new MetricsQuery([], now.AddHours(-1), now, TimeSpan.FromSeconds(30), MetricAggregation.Average), None));
        await Assert.ThrowsAsync<ArgumentException>(() => sandbox.Estate.QueryMetricsAsync(
            SandboxEstate.CheckoutApiId, new MetricsQuery([], now.AddDays(-10), now, TimeSpan.FromDays(2), MetricAggregation.Average), None));
    }

    [Fact]
    public async Task Resource_WithoutMetrics_IsRefused()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var server = SandboxEstate.ResourceIdOf(SandboxEstate.ShopProd, SandboxEstate.SqlServersType, SandboxEstate.ShopProdSqlServer);

        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => sandbox.MetricsAsync(server, TimeSpan.FromHours(1), TimeSpan.FromMinutes(5), MetricAggregation.Average));

        Assert.Contains("no metrics", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Buckets_AreAlignedToTheInterval_AndEmptyAfterNow()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var query = new MetricsQuery(["Requests"], sandbox.Now.AddHours(-3), sandbox.Now.AddHours(1), TimeSpan.FromHours(1), MetricAggregation.Total);

        var result = await sandbox.Estate.QueryMetricsAsync(SandboxEstate.CheckoutApiId, query, None);

        var points = Assert.Single(result.Metrics).Points;
        Assert.Equal(TimeSpan.FromHours(1), result.Interval);
        Assert.Equal(5, points.Count);
        Assert.All(points, p => Assert.Equal(0, p.TimeStamp.Minute));
        Assert.Equal(sandbox.Now.AddHours(-3).AddMinutes(-7), points[0].TimeStamp);
        Assert.NotNull(points[3].Value);
        Assert.Null(points[4].Value);
    }

    [Fact]
    public async Task Total_AddsUpTheMinutes_AndAverageIsPerMinute()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var start = sandbox.Now.AddHours(-3).AddMinutes(-7);
        var end = start.AddHours(1);

        var total = await sandbox.Estate.QueryMetricsAsync(SandboxEstate.CheckoutApiId, new MetricsQuery(["Requests"], start, end, TimeSpan.FromHours(1), MetricAggregation.Total), None);
        var average = await sandbox.Estate.QueryMetricsAsync(SandboxEstate.CheckoutApiId, new MetricsQuery(["Requests"], start, end, TimeSpan.FromHours(1), MetricAggregation.Average), None);
        var count = await sandbox.Estate.QueryMetricsAsync(SandboxEstate.CheckoutApiId, new MetricsQuery(["Requests"], start, end, TimeSpan.FromHours(1), MetricAggregation.Count), None);
        var perMinute = await sandbox.Estate.QueryMetricsAsync(SandboxEstate.CheckoutApiId, new MetricsQuery(["Requests"], start, end, TimeSpan.FromMinutes(1), MetricAggregation.Total), None);

        var sum = perMinute.Metrics[0].Points.Sum(p => p.Value!.Value);
        Assert.Equal(sum, total.Metrics[0].Points[0].Value);
        Assert.Equal(sum / 60, average.Metrics[0].Points[0].Value!.Value, 1);
        Assert.Equal(60, count.Metrics[0].Points[0].Value);
        Assert.InRange(sum / 60, 1_200, 2_100);
    }

    [Fact]
    public async Task WideWindows_AreSampled_AndStayWithinThePointCap()
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        var result = await sandbox.MetricsAsync(SandboxEstate.StorefrontWebId, TimeSpan.FromDays(30), TimeSpan.FromHours(12), MetricAggregation.Total, "Requests");

        var points = Assert.Single(result.Metrics).Points;
        Assert.InRange(points.Count, 60, 62);
        Assert.All(points.Where(p => p.Value is not null).Skip(1).SkipLast(1), p => Assert.InRange(p.Value!.Value, 1_200_000, 2_000_000));
    }
}
