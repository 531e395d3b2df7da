namespace SreBot.Shared.Approvals;

/// <summary>
/// Life of an approval: <c>Pending</c> until decided or expired or cancelled; an approved one is claimed for
/// execution (<c>Executing</c>) by exactly one runner and ends <c>Executed</c> or <c>Failed</c>. If the process
/// dies while executing, the outcome is unknown and it ends <c>Interrupted</c> — writes are never blindly retried.
/// </summary>
public enum ApprovalStatus
{
    Pending,
    Approved,
    Executing,
    Executed,
    Failed,
    Interrupted,
    Rejected,
    Expired,
    Cancelled,
}
