using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using SreBot.FakeAzure;
using SreBot.Shared.Estate;
using SreBot.Shared.Scope;

namespace SreBot.Shared.Tests.Estate.Azure;

/// <summary>metrics_query through the real pipeline against the fake Azure Monitor, which aggregates its raw points as asked.</summary>
public sealed class AzureMetricsReaderTests
{
    private static readonly DateTimeOffset End = new(2026, 12, 7, 7, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Metrics_AreAggregatedPerInterval_AsAzureMonitorWasAsked()
    {
        using var azure = new AzureEstateFixture();
        var app = WebAppWithMetrics(azure);

        var result = await azure.Provider.QueryMetricsAsync(
            ResourceId.Parse(app), new MetricsQuery(["MemoryWorkingSet"], End.AddMinutes(-15), End, TimeSpan.FromMinutes(5), MetricAggregation.Maximum), CancellationToken.None);

        var series = Assert.Single(result.Metrics);
        Assert.Equal("MemoryWorkingSet", series.Name);
        Assert.Equal("Bytes", series.Unit);
        Assert.Equal(MetricAggregation.Maximum, series.Aggregation);
        // Minute i of the last hour holds 1000 * i; the maximum of each 5-minute bucket is its last minute.
        Assert.Equal([(End.AddMinutes(-15), 49_000d), (End.AddMinutes(-10), 54_000d), (End.AddMinutes(-5), 59_000d)], series.Points.Select(p => (p.TimeStamp, p.Value!.Value)));
        Assert.Equal(TimeSpan.FromMinutes(5), result.Interval);
        var query = Query(azure.World.Requests.Single(r => r.Path.EndsWith("/metrics", StringComparison.Ordinal)));
        Assert.Equal("MemoryWorkingSet", query["metricnames"]);
        Assert.Equal("2026-12-07T06:45:00Z/2026-12-07T07:00:00Z", query["timespan"]);
        Assert.Equal("PT5M", query["interval"]);
        Assert.Equal("Maximum", query["aggregation"]);
        Assert.Equal("2018-01-01", query["api-version"]);
    }

    [Fact]
    public async Task AnIntervalAzureMonitorDoesNotOffer_IsRoundedUpToAGrainTheMetricsHave()
    {
        using var azure = new AzureEstateFixture();
        var app = WebAppWithMetrics(azure);

        var result = await azure.Provider.QueryMetricsAsync(
            ResourceId.Parse(app), new MetricsQuery(["CpuTime", "Requests"], End.AddMinutes(-30), End, TimeSpan.FromMinutes(2), MetricAggregation.Total), CancellationToken.None);

        Assert.Equal(TimeSpan.FromMinutes(5), result.Interval);
        Assert.All(result.Metrics, m => Assert.Equal(6, m.Points.Count));
        Assert.Equal(5d, result.Metrics.Single(m => m.Name == "Requests").Points[0].Value);
    }

    [Fact]
    public async Task AnUnknownMetricName_IsAnsweredWithTheValidNames_WithoutQueryingMetrics()
    {
        using var azure = new AzureEstateFixture();
        var app = WebAppWithMetrics(azure);

        var refused = await Assert.ThrowsAsync<ArgumentException>(() => azure.Provider.QueryMetricsAsync(
            ResourceId.Parse(app), new MetricsQuery(["MemoryWorkingSet", "Percentage CPU"], End.AddHours(-1), End, TimeSpan.FromMinutes(1), MetricAggregation.Average), CancellationToken.None));

        Assert.Contains("Percentage CPU", refused.Message, StringComparison.Ordinal);
        Assert.Contains("Valid names: CpuTime, MemoryWorkingSet, Requests", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(azure.World.Requests, r => r.Path.EndsWith("/metrics", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MetricNames_AreMatchedCaseInsensitively_AndSentAsAzureSpellsThem()
    {
        using var azure = new AzureEstateFixture();
        var app = WebAppWithMetrics(azure);

        var result = await azure.Provider.QueryMetricsAsync(
            ResourceId.Parse(app), new MetricsQuery(["cputime"], End.AddMinutes(-5), End, TimeSpan.FromMinutes(1), MetricAggregation.Average), CancellationToken.None);

        Assert.Equal("CpuTime", Assert.Single(result.Metrics).Name);
        Assert.Equal(5, result.Metrics[0].Points.Count);
    }

    [Fact]
    public async Task NoNamesAsked_ReadsTheTypesDefaultsThatTheResourceDefines()
    {
        using var azure = new AzureEstateFixture();
        var app = WebAppWithMetrics(azure);

        var result = await azure.Provider.QueryMetricsAsync(
            ResourceId.Parse(app), new MetricsQuery([], End.AddMinutes(-5), End, TimeSpan.FromMinutes(5), MetricAggregation.Average), CancellationToken.None);

        Assert.Equal(["CpuTime", "MemoryWorkingSet", "Requests"], result.Metrics.Select(m => m.Name));
    }

    [Fact]
    public async Task MetricDefinitions_AreCached_ThenReadAgainOnceTheyExpire()
    {
        var time = new FakeTimeProvider(End);
        using var azure = new AzureEstateFixture(time: time);
        var app = WebAppWithMetrics(azure);
        var id = ResourceId.Parse(app);
        var query = new MetricsQuery(["Http5xx"], End.AddMinutes(-5), End, TimeSpan.FromMinutes(1), MetricAggregation.Total);
        await azure.Provider.QueryMetricsAsync(id, query with { MetricNames = ["CpuTime"] }, CancellationToken.None);
        azure.World.Metrics[app]["Http5xx"] = new FakeMetric("Count", [(End.AddMinutes(-1), 3)]);

        // Within the hour the cached definitions still lack the new metric.
        time.Advance(TimeSpan.FromMinutes(59));
        await Assert.ThrowsAsync<ArgumentException>(() => azure.Provider.QueryMetricsAsync(id, query, CancellationToken.None));
        Assert.Equal(1, Definitions(azure));

        time.Advance(TimeSpan.FromMinutes(2));
        var result = await azure.Provider.QueryMetricsAsync(id, query, CancellationToken.None);

        Assert.Equal(2, Definitions(azure));
        Assert.Equal(3d, Assert.Single(result.Metrics).Points.Single(p => p.Value is not null).Value);
    }

    [Fact]
    public async Task Forbidden_NamesMetricsRead_AndTheResource_AndSaysNothingCouldBeRead()
    {
        using var azure = new AzureEstateFixture();
        var app = WebAppWithMetrics(azure);
        // Azure's refusal without the usual sentence: the reader names the action the call needed.
        azure.World.Fail(new FakeFault(403, "metricDefinitions", null, "AuthorizationFailed", "Access denied."));

        var refused = await Assert.ThrowsAsync<EstateForbiddenException>(() => azure.Provider.QueryMetricsAsync(
            ResourceId.Parse(app), new MetricsQuery(["CpuTime"], End.AddHours(-1), End, TimeSpan.FromMinutes(5), MetricAggregation.Average), CancellationToken.None));

        Assert.Equal("Microsoft.Insights/metrics/read", refused.Permission);
        Assert.Equal(ResourceId.Parse(app), refused.Scope);
        Assert.Contains("lacks the permission 'Microsoft.Insights/metrics/read'", refused.Message, StringComparison.Ordinal);
        Assert.Contains("so it could not be read", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("nothing was changed", refused.Message, StringComparison.Ordinal); // a read changes nothing either way
    }

    [Fact]
    public async Task MoreThanTwentyNames_AreRefused_BeforeAzureIsAsked()
    {
        using var azure = new AzureEstateFixture();
        var app = WebAppWithMetrics(azure);
        var many = Enumerable.Range(0, 21).Select(i => $"M{i}").ToList();
        foreach (var name in many)
        {
            azure.World.Metrics[app][name] = new FakeMetric("Count", []);
        }

        await Assert.ThrowsAsync<ArgumentException>(() => azure.Provider.QueryMetricsAsync(
            ResourceId.Parse(app), new MetricsQuery(many, End.AddHours(-1), End, TimeSpan.FromMinutes(5), MetricAggregation.Average), CancellationToken.None));

        Assert.DoesNotContain(azure.World.Requests, r => r.Path.EndsWith("/metrics", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AVirtualMachinesDefaults_WithSpacesInTheirNames_AreSentAndReadBack()
    {
        using var azure = new AzureEstateFixture();
        var vm = azure.AddResource("Microsoft.Compute/virtualMachines", "vm-a");
        azure.World.Metrics[vm] = new Dictionary<string, FakeMetric>(StringComparer.OrdinalIgnoreCase)
        {
            ["Percentage CPU"] = new("Percent", [(End.AddMinutes(-3), 91.5)]),
            ["Available Memory Bytes"] = new("Bytes", [(End.AddMinutes(-3), 1.5e9)]),
            ["Disk Read Bytes"] = new("Bytes", [(End.AddMinutes(-3), 10)]),
        };

        var result = await azure.Provider.QueryMetricsAsync(
            ResourceId.Parse(vm), new MetricsQuery([], End.AddMinutes(-5), End, TimeSpan.FromMinutes(5), MetricAggregation.Average), CancellationToken.None);

        Assert.Equal(["Percentage CPU", "Available Memory Bytes"], result.Metrics.Select(m => m.Name));
        Assert.Equal(91.5, result.Metrics[0].Points.Single().Value);
        Assert.Equal("Percentage CPU,Available Memory Bytes", Query(azure.World.Requests.Single(r => r.Path.EndsWith("/metrics", StringComparison.Ordinal)))["metricnames"]);
    }

    [Fact]
    public async Task ACommaInsideAMetricName_IsSpelledAsAzureMonitorAsks()
    {
        using var azure = new AzureEstateFixture();
        var app = WebAppWithMetrics(azure);
        azure.World.Metrics[app]["Requests,Failed"] = new FakeMetric("Count", [(End.AddMinutes(-2), 4)]);

        var result = await azure.Provider.QueryMetricsAsync(
            ResourceId.Parse(app), new MetricsQuery(["Requests,Failed", "Requests"], End.AddMinutes(-5), End, TimeSpan.FromMinutes(5), MetricAggregation.Total), CancellationToken.None);

        Assert.Equal(["Requests,Failed", "Requests"], result.Metrics.Select(m => m.Name));
        Assert.Equal([4d, 5d], result.Metrics.Select(m => m.Points.Single().Value!.Value));
    }

    [Fact]
    public async Task TheMetricsOfAResourceAzureDoesNotKnow_AreNotFound()
    {
        using var azure = new AzureEstateFixture();
        var missing = ResourceId.Parse($"{azure.GroupId}/providers/Microsoft.Web/sites/app-gone");

        await Assert.ThrowsAsync<EstateResourceNotFoundException>(() => azure.Provider.QueryMetricsAsync(
            missing, new MetricsQuery(["CpuTime"], End.AddHours(-1), End, TimeSpan.FromMinutes(5), MetricAggregation.Average), CancellationToken.None));
    }

    [Fact]
    public async Task AThrottledMetricsQuery_IsRetried_ThenAnswers()
    {
        using var azure = new AzureEstateFixture();
        var app = WebAppWithMetrics(azure);
        azure.World.Fail(FakeFault.Throttled("/metricDefinitions", retryAfterSeconds: 0));

        var result = await azure.Provider.QueryMetricsAsync(
            ResourceId.Parse(app), new MetricsQuery(["Requests"], End.AddMinutes(-5), End, TimeSpan.FromMinutes(5), MetricAggregation.Count), CancellationToken.None);

        Assert.Equal(5d, Assert.Single(result.Metrics).Points.Single().Value);
        Assert.Equal(2, Definitions(azure));
    }

    [Fact]
    public async Task AnAggregationANamedMetricDoesNotSupport_IsRefusedNamingTheSupportedOnes()
    {
        using var azure = new AzureEstateFixture();
        var app = WebAppWithAggregations(azure);

        var refused = await Assert.ThrowsAsync<ArgumentException>(() => azure.Provider.QueryMetricsAsync(
            ResourceId.Parse(app), new MetricsQuery(["MemoryWorkingSet", "Http5xx"], End.AddHours(-1), End, TimeSpan.FromMinutes(5), MetricAggregation.Average), CancellationToken.None));

        Assert.Contains("Http5xx cannot be aggregated as Average; it supports Total", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(azure.World.Requests, r => r.Path.EndsWith("/metrics", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheDefaults_KeepOnlyTheMetricsThatSupportTheAggregation()
    {
        using var azure = new AzureEstateFixture();
        var app = WebAppWithAggregations(azure);

        var result = await azure.Provider.QueryMetricsAsync(
            ResourceId.Parse(app), new MetricsQuery([], End.AddMinutes(-5), End, TimeSpan.FromMinutes(5), MetricAggregation.Maximum), CancellationToken.None);

        Assert.Equal(["CpuTime", "MemoryWorkingSet"], result.Metrics.Select(m => m.Name));
    }

    /// <summary>The metrics of <see cref="WebAppWithMetrics"/> plus Http5xx, with their definitions scripted as App Service lists them (counters Total only).</summary>
    private static string WebAppWithAggregations(AzureEstateFixture azure)
    {
        var app = WebAppWithMetrics(azure);
        azure.World.Metrics[app]["Http5xx"] = new FakeMetric("Count", [(End.AddMinutes(-1), 2)]);
        JsonObject Definition(string name, string unit, params string[] aggregations) => new()
        {
            ["resourceId"] = app,
            ["name"] = new JsonObject { ["value"] = name, ["localizedValue"] = name },
            ["unit"] = unit,
            ["primaryAggregationType"] = aggregations[0],
            ["supportedAggregationTypes"] = new JsonArray([.. aggregations.Select(a => (JsonNode)JsonValue.Create(a))]),
            ["metricAvailabilities"] = new JsonArray(new JsonObject { ["timeGrain"] = "PT1M", ["retention"] = "P93D" }, new JsonObject { ["timeGrain"] = "PT5M", ["retention"] = "P93D" }),
        };
        azure.World.Answers[$"{app}/providers/Microsoft.Insights/metricDefinitions"] = new JsonObject
        {
            ["value"] = new JsonArray(
                Definition("CpuTime", "Seconds", "Total", "Average", "Minimum", "Maximum", "Count"),
                Definition("MemoryWorkingSet", "Bytes", "Average", "Minimum", "Maximum"),
                Definition("Requests", "Count", "Total"),
                Definition("Http5xx", "Count", "Total")),
        };
        return app;
    }

    private static int Definitions(AzureEstateFixture azure) => azure.World.Requests.Count(r => r.Path.EndsWith("/metricDefinitions", StringComparison.Ordinal));

    private static Dictionary<string, string> Query(FakeRequest request)
        => request.Query.TrimStart('?').Split('&').Select(p => p.Split('=', 2)).ToDictionary(p => WebUtility.UrlDecode(p[0]), p => Uri.UnescapeDataString(p[1]));

    /// <summary>A web app whose metrics hold one raw point per minute of the last hour: CpuTime i, MemoryWorkingSet 1000·i, Requests 1.</summary>
    private static string WebAppWithMetrics(AzureEstateFixture azure)
    {
        var app = azure.AddWebApp("app-a");
        var minutes = Enumerable.Range(0, 60).Select(i => (At: End.AddMinutes(i - 60), Index: i)).ToList();
        azure.World.Metrics[app] = new Dictionary<string, FakeMetric>(StringComparer.OrdinalIgnoreCase)
        {
            ["CpuTime"] = new("Seconds", [.. minutes.Select(m => (m.At, (double)m.Index))]),
            ["MemoryWorkingSet"] = new("Bytes", [.. minutes.Select(m => (m.At, 1000d * m.Index))]),
            ["Requests"] = new("Count", [.. minutes.Select(m => (m.At, 1d))]),
        };
        return app;
    }
}
