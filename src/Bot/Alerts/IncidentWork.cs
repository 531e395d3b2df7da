namespace SreBot.Bot.Alerts;

/// <summary>A queued investigation: the incident and what to investigate (the resource id, or its name).</summary>
public sealed record IncidentWork(string IncidentId, string Target);
