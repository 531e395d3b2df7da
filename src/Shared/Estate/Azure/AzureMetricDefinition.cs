namespace SreBot.Shared.Estate.Azure;

/// <summary>
/// One entry of a resource's <c>metricDefinitions</c>: the metric's name, unit, the time grains it can be queried at and the
/// aggregations it supports (each empty when Azure listed none, which then limits nothing).
/// </summary>
internal sealed record AzureMetricDefinition(string Name, string Unit, IReadOnlyList<TimeSpan> TimeGrains, IReadOnlyList<string> SupportedAggregations)
{
    public bool Supports(MetricAggregation aggregation)
        => SupportedAggregations.Count == 0 || SupportedAggregations.Contains(aggregation.ToString(), StringComparer.OrdinalIgnoreCase);
}
