namespace SreBot.Shared.Privacy;

/// <summary>
/// Audit events of exports and erasures. They never carry the subject's id: the actor is whoever asked (pseudonymised
/// like every actor), and the subject's own pseudonym mapping is erased last (<see cref="Audit.AuditEventTypes.ActorErased"/>).
/// </summary>
public static class PrivacyAuditEvents
{
    /// <summary>An export was built; detail: the export id.</summary>
    public const string Exported = "data.exported";

    /// <summary>An erasure is about to run (written first: no record, no erasure); detail: self or admin.</summary>
    public const string ErasureRequested = "data.user-erasure";

    /// <summary>An erasure finished; detail: the counts per category.</summary>
    public const string Erased = "data.user-erased";
}
