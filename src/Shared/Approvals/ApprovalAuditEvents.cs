namespace SreBot.Shared.Approvals;

/// <summary>Audit event types for the approval workflow; <c>Tool</c> on these records is the approved tool, <c>Detail</c> the approval id.</summary>
public static class ApprovalAuditEvents
{
    public const string Requested = "approval.requested";
    public const string Approved = "approval.approved";
    public const string Rejected = "approval.rejected";
    public const string Refused = "approval.refused";
    public const string Expired = "approval.expired";
    public const string Cancelled = "approval.cancelled";
    public const string Executed = "approval.executed";
    public const string Failed = "approval.failed";
    public const string Interrupted = "approval.interrupted";
    public const string Tampered = "security.approval-tampered";
}
