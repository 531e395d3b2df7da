namespace SreBot.Bot.Investigation;

/// <summary>One metric over the investigated window.</summary>
public sealed record MetricHighlight(string Name, string Unit, double? First, double? Last, double? Maximum);
