using SreBot.Shared.Estate;

namespace SreBot.Bot.Investigation;

/// <summary>What the read tools returned about one resource, reduced to what the analyzers draw findings from.</summary>
/// <param name="InstanceCount">The resource's instance count (web apps: its plan's), when the resource has one.</param>
/// <param name="Now">The end of the investigated window.</param>
/// <param name="Metrics">Every metric the resource reports over the window, point by point.</param>
/// <param name="TopErrors">The most frequent kinds of error message (numbers and ids replaced).</param>
/// <param name="ErrorEntries">The error lines returned, newest first (at most what the tool returns).</param>
/// <param name="ErrorLines">How many error lines matched in the window, before the tool's limit.</param>
/// <param name="Changes">Activity-log events of the resource, newest first.</param>
public sealed record Evidence(
    string ResourceName,
    int? InstanceCount,
    DateTimeOffset Now,
    string HealthState,
    string HealthSummary,
    IReadOnlyList<MetricTrend> Metrics,
    IReadOnlyList<LogHighlight> TopErrors,
    IReadOnlyList<LogEntry> ErrorEntries,
    int ErrorLines,
    IReadOnlyList<ChangeEvent> Changes)
{
    public bool Healthy => string.Equals(HealthState, "Available", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Resource Health reports a problem (Degraded or Unavailable). Unknown is not a problem: Azure reports it for
    /// resources whose health it cannot tell, and the investigator when the health call failed.
    /// </summary>
    public bool Impaired => string.Equals(HealthState, "Degraded", StringComparison.OrdinalIgnoreCase)
        || string.Equals(HealthState, "Unavailable", StringComparison.OrdinalIgnoreCase);

    /// <summary>The first metric whose name is one of <paramref name="names"/> (case-insensitive), or null.</summary>
    public MetricTrend? Metric(params string[] names)
        => Metrics.FirstOrDefault(m => names.Any(n => string.Equals(m.Name, n, StringComparison.OrdinalIgnoreCase)));

    /// <summary>How many of the returned error lines contain <paramref name="text"/>.</summary>
    public int ErrorsMentioning(string text) => ErrorEntries.Count(e => e.Message.Contains(text, StringComparison.OrdinalIgnoreCase));
}
