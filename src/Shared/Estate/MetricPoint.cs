namespace SreBot.Shared.Estate;

/// <summary>One aggregated value; null when there was no data in the interval.</summary>
public sealed record MetricPoint(DateTimeOffset TimeStamp, double? Value);
