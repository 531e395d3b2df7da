namespace SreBot.Shared.Estate;

/// <summary>Azure Monitor aggregation types.</summary>
public enum MetricAggregation
{
    Average,
    Maximum,
    Minimum,
    Total,
    Count,
}
