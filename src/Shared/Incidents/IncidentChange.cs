namespace SreBot.Shared.Incidents;

/// <summary>What one alert did to the incidents.</summary>
public enum IncidentChange
{
    /// <summary>It started a new incident.</summary>
    Created,

    /// <summary>The same alert was already in an incident that takes alerts: its count and last-seen moved.</summary>
    Repeated,

    /// <summary>Another alert on the same resource within the grouping window: it joined that incident.</summary>
    Grouped,

    /// <summary>It resolved, and with it every alert of its incident: the incident resolved.</summary>
    Resolved,

    /// <summary>It resolved; other alerts of its incident still fire.</summary>
    AlertResolved,
}
