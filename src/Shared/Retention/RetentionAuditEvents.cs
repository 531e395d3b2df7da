namespace SreBot.Shared.Retention;

/// <summary>Audit event types written by retention.</summary>
public static class RetentionAuditEvents
{
    /// <summary>
    /// A data type's expired items were purged. No user: the detail is <c>{"dataType":…,"cutoff":…,"purged":n}</c>.
    /// Written only when something was purged, so passes with nothing to do leave the log as it is.
    /// </summary>
    public const string Purged = "retention.purged";
}
