namespace SreBot.McpServer.Tools.Monitoring;

public sealed record MetricsQueryResult(
    SourceInfo Source,
    string ResourceId,
    DateTimeOffset Start,
    DateTimeOffset End,
    string Interval,
    IReadOnlyList<MetricSeriesResult> Metrics);
