namespace SreBot.Bot.Conversations.Investigation;

/// <summary>What the read tools returned, reduced to what findings are drawn from.</summary>
/// <param name="OutOfMemory">True when any error line in the window mentions OutOfMemory.</param>
public sealed record Evidence(
    string HealthState,
    string HealthSummary,
    IReadOnlyList<MetricHighlight> Metrics,
    IReadOnlyList<LogHighlight> TopErrors,
    IReadOnlyList<ChangeHighlight> Changes,
    int ErrorLines,
    bool OutOfMemory);
