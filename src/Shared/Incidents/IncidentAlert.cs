namespace SreBot.Shared.Incidents;

/// <summary>
/// One alert as received, normalised from its sender's payload and already bounded and redacted.
/// </summary>
/// <param name="Source"><c>alertmanager</c> or <c>azure-monitor</c>.</param>
/// <param name="DedupeKey">The sender's identity of the alert: Alertmanager's <c>fingerprint</c>, Azure Monitor's <c>alertId</c>.</param>
/// <param name="Name">The alert rule's name.</param>
/// <param name="Severity">The sender's severity (<c>critical</c>, <c>Sev1</c>, …), or null.</param>
/// <param name="ResourceId">The target's ARM resource id.</param>
/// <param name="Firing">False when the sender says the alert resolved.</param>
/// <param name="Summary">The alert's summary or description, or null.</param>
/// <param name="InScope">False when the target is outside the associated resource groups.</param>
public sealed record IncidentAlert(string Source, string DedupeKey, string Name, string? Severity, string ResourceId, bool Firing, string? Summary, bool InScope);
