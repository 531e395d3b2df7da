using System.ComponentModel;
using System.Xml;
using ModelContextProtocol.Server;
using SreBot.Shared.Estate;
using SreBot.Shared.Policy;

namespace SreBot.McpServer.Tools.Monitoring;

[McpServerToolType]
public sealed class MetricsQueryTool(IEstateProvider estate, TimeProvider time)
{
    public const string Name = "metrics_query";

    [ScopeTarget(TargetKind.Resource, "resourceId")]
    [McpServerTool(Name = Name, Title = "Query resource metrics",
        ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = false, UseStructuredContent = true)]
    [Description("Queries Azure Monitor metrics of a resource as time series ending now, with first/last/min/max/mean per metric. " +
                 "Use this to see trends such as memory climbing (a leak), CPU saturation, request volume, HTTP 5xx errors or latency. " +
                 "Web apps: CpuTime, MemoryWorkingSet, Requests, Http2xx, Http4xx, Http5xx, HttpResponseTime. VMs: 'Percentage CPU', 'Available Memory Bytes'. " +
                 "An unknown name is answered with the valid names for that resource.")]
    public async Task<MetricsQueryResult> QueryAsync(
        [Description("Full ARM resource id.")] string resourceId,
        [Description("Metric names; omit for the resource type's default set.")] string[]? metricNames = null,
        [Description("How far back to look, ISO 8601 duration (PT15M to P7D). Default PT1H.")] string? timespan = null,
        [Description("Bucket size, ISO 8601 duration (PT1M to P1D). Default: PT1M up to 2 hours, PT5M up to 1 day, PT1H beyond.")] string? interval = null,
        [Description("Average (default), Maximum, Minimum, Total or Count.")] string? aggregation = null,
        CancellationToken cancellationToken = default)
    {
        var window = ToolArguments.Duration(timespan, nameof(timespan), TimeSpan.FromHours(1), TimeSpan.FromMinutes(15), TimeSpan.FromDays(7));
        var bucket = ToolArguments.Duration(interval, nameof(interval), DefaultInterval(window), TimeSpan.FromMinutes(1), TimeSpan.FromDays(1));
        var end = time.GetUtcNow();
        var query = new MetricsQuery(
            metricNames?.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n.Trim()).ToList() ?? [],
            end - window,
            end,
            bucket,
            ToolArguments.Enum(aggregation, nameof(aggregation), MetricAggregation.Average));

        var result = await estate.QueryMetricsAsync(ToolArguments.ResourceId(resourceId), query, cancellationToken);
        return new MetricsQueryResult(
            SourceInfo.From(estate.Provenance),
            result.ResourceId.Display,
            query.Start,
            query.End,
            XmlConvert.ToString(result.Interval),
            [.. result.Metrics.Select(ToResult)]);
    }

    private static TimeSpan DefaultInterval(TimeSpan window)
        => window <= TimeSpan.FromHours(2) ? TimeSpan.FromMinutes(1)
            : window <= TimeSpan.FromDays(1) ? TimeSpan.FromMinutes(5)
            : TimeSpan.FromHours(1);

    private static MetricSeriesResult ToResult(MetricSeries series) => new(
        series.Name,
        series.Unit,
        series.Aggregation.ToString(),
        MetricStatistics.Of([.. series.Points.Select(p => p.Value)]),
        [.. series.Points.Select(p => new MetricValue(p.TimeStamp, p.Value is { } v ? Math.Round(v, 3) : null))]);
}
