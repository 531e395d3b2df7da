using System.Globalization;
using System.Text.RegularExpressions;

namespace SreBot.Bot.Investigation.Analyzers;

/// <summary>
/// The resource is not impaired itself (Resource Health Available or Unknown) but many of its errors are failed calls to something it depends on (a database, an
/// HTTP service): the fix belongs to that dependency's owner, not to this resource.
/// </summary>
public sealed partial class DependencyFailureAnalyzer : IAnalyzer
{
    private const int MinimumLines = 5;

    private const double MinimumShare = 0.1;

    private static readonly string[] Signatures =
        ["SqlException", "is not currently available", "HttpRequestException", "TimeoutException", "SocketException", "BrokenCircuitException", "Connection refused"];

    public IEnumerable<Finding> Analyze(Evidence evidence)
    {
        if (evidence.Impaired || evidence.ErrorEntries.Count == 0)
        {
            yield break;
        }

        var failures = evidence.ErrorEntries
            .Where(e => Signatures.Any(s => e.Message.Contains(s, StringComparison.OrdinalIgnoreCase))
                && !e.Message.Contains("retry succeeded", StringComparison.OrdinalIgnoreCase))
            .ToList();
        if (failures.Count < MinimumLines || failures.Count < MinimumShare * evidence.ErrorEntries.Count)
        {
            yield break;
        }

        var dependency = failures.Select(f => DependencyName(f.Message)).OfType<string>()
            .GroupBy(d => d, StringComparer.OrdinalIgnoreCase).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault() ?? "a dependency";
        var observations = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"{failures.Count} of {evidence.ErrorEntries.Count} error lines are failed calls to {dependency}, from {Quantity.Time(failures.Min(f => f.TimeGenerated))}"),
            $"e.g. {failures[0].Message.Split('\n')[0].Trim()}",
            $"Resource Health of {evidence.ResourceName} {evidence.HealthState}",
        };
        if (evidence.Metric(MetricNames.ResponseTime) is { Ratio: >= 3 } latency)
        {
            observations.Add(Quantity.Change(latency));
        }

        var ownFault = evidence.Metric(MetricNames.Memory) is { ClimbsSteadily: true, Ratio: > 1.3 } || evidence.Metric(MetricNames.CpuUsage) is { Ratio: >= 2 };
        yield return new Finding(
            "dependency-failure",
            $"{evidence.ResourceName} is healthy itself, but its calls to {dependency} fail.",
            observations,
            ownFault ? 0.5 : 0.8,
            SuggestedRemediation.Escalate(
                dependency,
                $"Do not restart or scale {evidence.ResourceName}. Investigate {dependency} (its Resource Health, Azure Service Health) and escalate to its owner or Azure support."));
    }

    private static string? DependencyName(string message)
        => Database().Match(message) is { Success: true } database ? database.Groups[1].Value
            : Host().Match(message) is { Success: true } host ? host.Groups[1].Value
            : null;

    [GeneratedRegex(@"Database '([^']+)'", RegexOptions.IgnoreCase)]
    private static partial Regex Database();

    [GeneratedRegex(@"https?://([^/\s:]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Host();
}
