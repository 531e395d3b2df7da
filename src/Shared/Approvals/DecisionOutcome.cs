namespace SreBot.Shared.Approvals;

/// <summary>
/// How a decision ended. <see cref="Approved"/> means approved and, when this decision ran it, the action succeeded;
/// <see cref="Failed"/> means approved, run, and refused or failed (the approval's result says why).
/// </summary>
public enum DecisionOutcome
{
    Approved,
    Failed,
    Rejected,
    NotFound,
    NotAnApprover,
    SelfApproval,
    AlreadyDecided,
    Expired,
}
