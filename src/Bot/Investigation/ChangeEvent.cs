namespace SreBot.Bot.Investigation;

/// <summary>An activity-log event with its description. The text is untrusted data from the estate.</summary>
public sealed record ChangeEvent(DateTimeOffset Time, string Operation, string Status, string Caller, string Description)
{
    /// <summary>
    /// True for deployments, configuration writes and slot swaps: changes that can break the code that runs. A container
    /// app's own write is one too: changing its template is how a new revision is deployed.
    /// </summary>
    public bool IsDeploymentOrConfiguration
        => Operation.Contains("deployments/write", StringComparison.OrdinalIgnoreCase)
            || Operation.Contains("config/write", StringComparison.OrdinalIgnoreCase)
            || Operation.Contains("slotsswap", StringComparison.OrdinalIgnoreCase)
            || string.Equals(Operation, "Microsoft.Web/sites/write", StringComparison.OrdinalIgnoreCase)
            || string.Equals(Operation, "Microsoft.App/containerApps/write", StringComparison.OrdinalIgnoreCase);
}
