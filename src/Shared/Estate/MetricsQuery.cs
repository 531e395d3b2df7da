namespace SreBot.Shared.Estate;

/// <summary>An Azure Monitor metrics query: empty <paramref name="MetricNames"/> means the resource type's default set.</summary>
public sealed record MetricsQuery(
    IReadOnlyList<string> MetricNames,
    DateTimeOffset Start,
    DateTimeOffset End,
    TimeSpan Interval,
    MetricAggregation Aggregation);
