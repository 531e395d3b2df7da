namespace SreBot.Bot.Investigation;

/// <summary>One metric value with data.</summary>
public sealed record MetricPoint(DateTimeOffset Time, double Value);
