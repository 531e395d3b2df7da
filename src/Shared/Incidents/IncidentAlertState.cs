namespace SreBot.Shared.Incidents;

/// <summary>One alert of an incident: how often it arrived, when first and last, and whether it still fires.</summary>
public sealed record IncidentAlertState(
    string Source, string DedupeKey, string Name, string Status, int Count, DateTimeOffset FirstSeen, DateTimeOffset LastSeen, string? Summary)
{
    public const string Firing = "firing";

    public const string Resolved = "resolved";
}
