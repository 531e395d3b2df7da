using SreBot.Shared.Incidents;

namespace SreBot.Bot.Api;

/// <summary>An incident as <c>/api/v1/incidents</c> shows it.</summary>
public sealed record IncidentView(
    string Id, string Status, string? Severity, string Title, string Resource, string Plan, string? Verdict, string? TraceId, string ThreadId,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset? ClosedAt, IReadOnlyList<IncidentAlertState> Alerts)
{
    public static IncidentView From(Incident incident) => new(
        incident.Id, incident.Status, incident.Severity, incident.Title, incident.ResourceId, incident.Plan, incident.Verdict, incident.TraceId,
        incident.ThreadId, incident.CreatedAt, incident.UpdatedAt, incident.ClosedAt, incident.Alerts);
}
