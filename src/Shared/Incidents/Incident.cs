namespace SreBot.Shared.Incidents;

/// <summary>
/// An incident: the alerts on one resource that arrived together, and what SreBot made of them. It holds no personal data
/// (senders are machines; the people who act on it arrive with the next slice).
/// </summary>
/// <param name="Status">One of <see cref="IncidentStatus"/>.</param>
/// <param name="Plan">The response plan it is handled under (<c>default</c> in this version).</param>
/// <param name="Verdict">What the investigation concluded, or null before it.</param>
/// <param name="TraceId">The investigation's trace, in <paramref name="ThreadId"/>.</param>
/// <param name="ThreadId">The incident's thread.</param>
/// <param name="ClosedAt">When it resolved, or (out of scope) its alerts all resolved; null while it takes alerts.</param>
public sealed record Incident(
    string Id,
    string Status,
    string? Severity,
    string Title,
    string ResourceId,
    string Plan,
    string? Verdict,
    string? TraceId,
    string ThreadId,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? ClosedAt,
    IReadOnlyList<IncidentAlertState> Alerts)
{
    /// <summary>A new incident's id: <c>inc_</c> and 32 hex digits.</summary>
    public static string NewId() => "inc_" + Guid.NewGuid().ToString("N");

    /// <summary>Queued for its investigation and not yet investigated.</summary>
    public bool AwaitsInvestigation => Status == IncidentStatus.Investigating && TraceId is null;
}
