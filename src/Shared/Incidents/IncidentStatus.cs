namespace SreBot.Shared.Incidents;

/// <summary>The states of an incident, as stored and as the API shows them.</summary>
public static class IncidentStatus
{
    /// <summary>Investigated (or not investigable); waiting for people or for its alerts to resolve.</summary>
    public const string Open = "open";

    /// <summary>Queued for, or in, its investigation.</summary>
    public const string Investigating = "investigating";

    /// <summary>A remediation was proposed and waits for an approver (reached once response plans propose writes).</summary>
    public const string AwaitingApproval = "awaiting_approval";

    /// <summary>A remediation ran; the alerts have not resolved yet.</summary>
    public const string Mitigated = "mitigated";

    /// <summary>Every alert of the incident has resolved.</summary>
    public const string Resolved = "resolved";

    /// <summary>Its resource is outside the associated resource groups: recorded, never investigated.</summary>
    public const string OutOfScope = "out_of_scope";

    public static IReadOnlyList<string> All { get; } = [Open, Investigating, AwaitingApproval, Mitigated, Resolved, OutOfScope];

    public static bool IsKnown(string status) => All.Contains(status, StringComparer.Ordinal);
}
