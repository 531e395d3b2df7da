namespace SreBot.Bot.Investigation.Analyzers;

/// <summary>
/// A deployment or configuration change just before errors or latency step up is the likely cause: roll it back.
/// A change after the anomaly began, or long before it, is not blamed.
/// </summary>
public sealed class ChangeCorrelationAnalyzer : IAnalyzer
{
    private static readonly TimeSpan Before = TimeSpan.FromMinutes(15);

    private static readonly TimeSpan After = TimeSpan.FromMinutes(3);

    public IEnumerable<Finding> Analyze(Evidence evidence)
    {
        var anomalies = new[] { evidence.Metric(MetricNames.ServerErrors) is { Ratio: >= 10, Recent: >= 20 } errors ? errors : null,
                                evidence.Metric(MetricNames.ResponseTime) is { Ratio: >= 3 } latency ? latency : null }
            .OfType<MetricTrend>()
            .Select(m => (Metric: m, Onset: m.Onset))
            .Where(a => a.Onset is not null)
            .OrderBy(a => a.Onset)
            .ToList();
        if (anomalies.Count == 0)
        {
            yield break;
        }

        var (metric, onset) = anomalies[0];
        var change = evidence.Changes
            .Where(c => c.IsDeploymentOrConfiguration && c.Time >= onset!.Value - Before && c.Time <= onset.Value + After)
            .OrderByDescending(c => c.Time)
            .FirstOrDefault();
        if (change is null)
        {
            yield break;
        }

        var otherwiseNormal = evidence.Metric(MetricNames.Memory) is not { ClimbsSteadily: true, Ratio: > 1.3 }
            && evidence.Metric(MetricNames.CpuUsage) is not { Ratio: >= 2 }
            && evidence.Metric(MetricNames.Requests) is not { Ratio: >= 2 };
        var exception = evidence.TopErrors.FirstOrDefault(e => e.Message.Contains("Exception", StringComparison.Ordinal)
            && !e.Message.Contains("client has disconnected", StringComparison.OrdinalIgnoreCase));
        var observations = new List<string>
        {
            $"{change.Operation} at {Quantity.Time(change.Time)}: {change.Description}",
            $"{Quantity.Change(metric)} from {Quantity.Time(onset!.Value)}",
        };
        if (exception is not null)
        {
            observations.Add($"most frequent error since: {exception.Message.Split('\n')[0].Trim()}");
        }

        yield return new Finding(
            "bad-change",
            $"{metric.Name} stepped up right after a change to {evidence.ResourceName} ({Quantity.Time(change.Time)}); the change is the likely cause.",
            observations,
            otherwiseNormal ? 0.85 : 0.5,
            SuggestedRemediation.Rollback(
                evidence.ResourceName,
                $"Roll {evidence.ResourceName} back to the release before the change at {Quantity.Time(change.Time)} (redeploy the previous build or swap the slot back). "
                + "SreBot does not automate rollbacks; a restart or scale-out will not help."));
    }
}
