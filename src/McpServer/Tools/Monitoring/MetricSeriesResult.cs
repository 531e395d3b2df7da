namespace SreBot.McpServer.Tools.Monitoring;

public sealed record MetricSeriesResult(string Name, string Unit, string Aggregation, MetricStatistics Statistics, IReadOnlyList<MetricValue> Points);
