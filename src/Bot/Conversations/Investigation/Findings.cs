using System.Globalization;

namespace SreBot.Bot.Conversations.Investigation;

/// <summary>Plain-language findings from the evidence, and the remediation they point to when one is clear.</summary>
public sealed class Findings
{
    private const double RiseThreshold = 0.3;

    private Findings(List<string> sentences, bool memoryLeak, bool errorsAfterChange)
    {
        Sentences = sentences;
        MemoryLeak = memoryLeak;
        ErrorsAfterChange = errorsAfterChange;
    }

    public IReadOnlyList<string> Sentences { get; }

    public bool MemoryLeak { get; }

    public bool ErrorsAfterChange { get; }

    public static Findings Describe(Evidence evidence, DateTimeOffset recentSince)
    {
        var (healthState, healthSummary, metrics, _, changes, errorLines, outOfMemory) = evidence;
        var sentences = new List<string>();
        if (!string.Equals(healthState, "Available", StringComparison.OrdinalIgnoreCase))
        {
            sentences.Add($"Resource Health reports {healthState}: {healthSummary}");
        }

        var memoryRising = false;
        foreach (var metric in metrics)
        {
            if (Rose(metric) is { } rise)
            {
                sentences.Add($"{metric.Name} rose from {Format(metric.First, metric.Unit)} to {Format(metric.Last, metric.Unit)} in the last hour (+{rise:P0}).");
                memoryRising |= metric.Name.Contains("Memory", StringComparison.OrdinalIgnoreCase);
            }
        }

        if (errorLines > 0)
        {
            sentences.Add(string.Create(CultureInfo.InvariantCulture, $"{errorLines} error log lines in the last hour; the most frequent is shown below."));
        }

        var recentChanges = changes.Where(c => c.Time >= recentSince).ToList();
        if (recentChanges.Count > 0)
        {
            var latest = recentChanges[0];
            sentences.Add(string.Create(CultureInfo.InvariantCulture, $"{recentChanges.Count} change(s) in the last 6 hours; the latest is {latest.Operation} ({latest.Status}) at {latest.Time:yyyy-MM-dd HH:mm} UTC."));
        }

        var memoryLeak = memoryRising && outOfMemory;
        if (memoryLeak)
        {
            sentences.Insert(0, "Memory is climbing steadily and the app throws OutOfMemoryException: this looks like a memory leak.");
        }

        if (sentences.Count == 0)
        {
            sentences.Add("Nothing unusual in health, metrics, errors or recent changes over the last hour.");
        }

        return new Findings(sentences, memoryLeak, errorLines > 0 && recentChanges.Count > 0);
    }

    /// <summary>A command the person can send to ask for the fix, or null when no remediation is clearly indicated.</summary>
    public string? Suggestion(string resourceName)
        => MemoryLeak ? $"restart {resourceName} because memory leak"
            : ErrorsAfterChange ? "Errors follow a recent change: consider rolling it back (SreBot does not automate rollbacks yet)."
            : null;

    private static double? Rose(MetricHighlight metric)
        => metric is { First: > 0, Last: { } last } && (last - metric.First.Value) / metric.First.Value is var rise && rise > RiseThreshold ? rise : null;

    private static string Format(double? value, string unit) => value switch
    {
        null => "n/a",
        var v when string.Equals(unit, "Bytes", StringComparison.OrdinalIgnoreCase) => string.Create(CultureInfo.InvariantCulture, $"{v / (1024 * 1024 * 1024):0.00} GB"),
        var v when string.Equals(unit, "Seconds", StringComparison.OrdinalIgnoreCase) => string.Create(CultureInfo.InvariantCulture, $"{v * 1000:0} ms"),
        var v => string.Create(CultureInfo.InvariantCulture, $"{v:0.##} {unit}"),
    };
}
