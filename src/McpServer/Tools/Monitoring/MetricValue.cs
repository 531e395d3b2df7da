namespace SreBot.McpServer.Tools.Monitoring;

/// <summary>One point of a series; <paramref name="Value"/> is null when there was no data.</summary>
public sealed record MetricValue(DateTimeOffset Time, double? Value);
