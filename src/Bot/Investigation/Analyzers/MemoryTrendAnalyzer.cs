using System.Globalization;

namespace SreBot.Bot.Investigation.Analyzers;

/// <summary>Memory that climbs steadily over the window is a leak; OutOfMemoryException in the errors makes it near certain. A restart frees it.</summary>
public sealed class MemoryTrendAnalyzer : IAnalyzer
{
    private const double RiseThreshold = 1.3;

    public IEnumerable<Finding> Analyze(Evidence evidence)
    {
        var memory = evidence.Metric(MetricNames.Memory);
        if (memory is not { Ratio: > RiseThreshold and var ratio, ClimbsSteadily: true })
        {
            yield break;
        }

        var outOfMemory = evidence.ErrorsMentioning("OutOfMemory");
        var observations = new List<string> { string.Create(CultureInfo.InvariantCulture, $"{Quantity.Change(memory)} (+{ratio - 1:P0}), rising steadily") };
        if (outOfMemory > 0)
        {
            observations.Add(string.Create(CultureInfo.InvariantCulture, $"{outOfMemory} OutOfMemoryException error lines"));
        }

        var summary = outOfMemory > 0
            ? "Memory is climbing steadily and the app throws OutOfMemoryException: this looks like a memory leak."
            : "Memory is climbing steadily: this may be a memory leak.";
        yield return new Finding("memory-leak", summary, observations, outOfMemory > 0 ? 0.9 : 0.55, SuggestedRemediation.Restart(evidence.ResourceName, "memory leak"));
    }
}
