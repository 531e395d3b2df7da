namespace SreBot.Shared.Estate;

/// <summary>One metric's time series. <paramref name="Unit"/> follows Azure Monitor (Percent, Bytes, Count, Milliseconds).</summary>
public sealed record MetricSeries(string Name, string Unit, MetricAggregation Aggregation, IReadOnlyList<MetricPoint> Points);
