using System.Globalization;

namespace SreBot.Bot.Investigation.Analyzers;

/// <summary>
/// CPU pinned (or CPU time several times normal) under more demand than usual: the instances are saturated and more of
/// them are needed. Proposes doubling the instance count.
/// </summary>
public sealed class CpuSaturationAnalyzer : IAnalyzer
{
    private const double PinnedPercent = 90;

    private const double SurgeRatio = 2;

    public IEnumerable<Finding> Analyze(Evidence evidence)
    {
        var percent = evidence.Metric(MetricNames.CpuPercent);
        var cpuTime = evidence.Metric(MetricNames.CpuUsage);
        var pinned = percent is { Recent: >= PinnedPercent };
        var busier = cpuTime is { Ratio: >= SurgeRatio };
        if (!pinned && !busier)
        {
            yield break;
        }

        var observations = new List<string> { Quantity.Change(pinned ? percent! : cpuTime!) };
        var confidence = 0.5;
        if (evidence.Metric(MetricNames.Requests) is { Ratio: >= SurgeRatio and var demand } requests)
        {
            observations.Add(string.Create(CultureInfo.InvariantCulture, $"{Quantity.Change(requests)} ({demand:0.#}× normal demand)"));
            confidence += 0.2;
        }

        if (evidence.Metric(MetricNames.ResponseTime) is { Ratio: >= 3 } latency)
        {
            observations.Add(Quantity.Change(latency));
            confidence += 0.1;
        }

        if (evidence.HealthSummary.Contains("CPU", StringComparison.OrdinalIgnoreCase))
        {
            observations.Add($"Resource Health {evidence.HealthState} names CPU");
            confidence += 0.1;
        }

        var instances = evidence.InstanceCount ?? 1;
        var target = Math.Min(instances * 2, 30);
        yield return new Finding(
            "cpu-saturation",
            $"CPU is saturated under more demand than usual: {evidence.ResourceName} needs more instances (restarting will not help).",
            observations,
            Math.Min(confidence, 0.95),
            SuggestedRemediation.ScaleOut(evidence.ResourceName, target, string.Create(CultureInfo.InvariantCulture, $"CPU saturation (from {instances} instances)")));
    }
}
