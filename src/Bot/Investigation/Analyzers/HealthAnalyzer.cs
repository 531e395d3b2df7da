namespace SreBot.Bot.Investigation.Analyzers;

/// <summary>
/// Resource Health. Unavailable is an outage of the resource itself that SreBot cannot fix: escalate to Azure support.
/// Degraded supports other findings but names no cause of its own. Resource Health's own summary is not repeated here:
/// the card and the summary carry it once, as the health summary.
/// </summary>
public sealed class HealthAnalyzer : IAnalyzer
{
    public IEnumerable<Finding> Analyze(Evidence evidence)
    {
        if (evidence.Healthy)
        {
            yield break;
        }

        var observation = $"Resource Health {evidence.HealthState}";
        if (string.Equals(evidence.HealthState, "Unavailable", StringComparison.OrdinalIgnoreCase))
        {
            var healthEvents = evidence.Changes.Where(c => c.Operation.Contains("ResourceHealth", StringComparison.OrdinalIgnoreCase)).Select(c => c.Description);
            yield return new Finding(
                "outage",
                $"{evidence.ResourceName} is unavailable because of a platform problem: restarting or scaling its callers will not help.",
                [observation, .. healthEvents.Take(1)],
                0.9,
                SuggestedRemediation.Escalate(
                    evidence.ResourceName,
                    $"Follow the outage of {evidence.ResourceName} in Azure Service Health and open a support case; consider failing over to a secondary if it continues."));
            yield break;
        }

        yield return new Finding("health", $"Resource Health reports {evidence.HealthState}.", [], 0.4, null);
    }
}
