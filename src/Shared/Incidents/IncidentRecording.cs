namespace SreBot.Shared.Incidents;

/// <summary>The incident an alert landed in, as it is after the alert, and what the alert changed.</summary>
public sealed record IncidentRecording(Incident Incident, IncidentChange Change);
