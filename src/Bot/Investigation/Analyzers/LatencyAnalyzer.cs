namespace SreBot.Bot.Investigation.Analyzers;

/// <summary>Response time several times its baseline: a symptom other findings explain.</summary>
public sealed class LatencyAnalyzer : IAnalyzer
{
    private const double SlowRatio = 3;

    private const double MinimumSeconds = 0.5;

    public IEnumerable<Finding> Analyze(Evidence evidence)
    {
        if (evidence.Metric(MetricNames.ResponseTime) is { Ratio: >= SlowRatio, Recent: >= MinimumSeconds } latency)
        {
            yield return new Finding("latency", "Response times are several times normal.", [Quantity.Change(latency)], 0.4, null);
        }
    }
}
