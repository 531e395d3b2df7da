namespace SreBot.Bot.Alerts;

/// <summary>Incident settings (section <c>Incidents</c>), validated at start.</summary>
public sealed class IncidentOptions
{
    public const string SectionName = "Incidents";

    public const string ValidationMessage =
        "Incidents:GroupingWindow must be between 1 minute and 1 day; Incidents:QueueIntervalSeconds between 1 and 300; Incidents:InvestigationMinutes between 1 and 60.";

    /// <summary>Alerts on a resource whose open incident had an alert within this window join that incident (default 30 minutes).</summary>
    public TimeSpan GroupingWindow { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Seconds between looks at the queue for incidents to investigate (default 2).</summary>
    public int QueueIntervalSeconds { get; set; } = 2;

    /// <summary>How long one investigation holds its queue item; after that another replica takes it over (default 5).</summary>
    public int InvestigationMinutes { get; set; } = 5;

    public bool IsValid => GroupingWindow >= TimeSpan.FromMinutes(1) && GroupingWindow <= TimeSpan.FromDays(1)
        && QueueIntervalSeconds is >= 1 and <= 300 && InvestigationMinutes is >= 1 and <= 60;
}
