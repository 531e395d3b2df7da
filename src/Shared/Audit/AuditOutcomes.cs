namespace SreBot.Shared.Audit;

/// <summary>Outcome values recorded in the audit log, beside <see cref="AuditDecisions"/>.</summary>
public static class AuditOutcomes
{
    public const string Success = "success";
    public const string Failed = "failed";
    public const string Error = "error";
    public const string Refused = "refused";
    public const string Pending = "pending";

    /// <summary>A write tool call that now waits for a human (the answer's status says the same).</summary>
    public const string PendingApproval = "pending_approval";

    public const string Approved = "approved";
    public const string Rejected = "rejected";
    public const string Started = "started";
    public const string Created = "created";
    public const string Changed = "changed";
    public const string Deleted = "deleted";
    public const string Erased = "erased";
    public const string Exported = "exported";
    public const string Expired = "expired";
    public const string Cancelled = "cancelled";
    public const string Ignored = "ignored";
    public const string Unknown = "unknown";
    public const string Received = "received";
    public const string Aggregated = "aggregated";
    public const string Forbidden = "forbidden";
    public const string Unauthenticated = "unauthenticated";
}
