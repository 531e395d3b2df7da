namespace SreBot.Shared.Approvals;

public enum DecisionOutcome
{
    Approved,
    Rejected,
    NotFound,
    NotAnApprover,
    SelfApproval,
    AlreadyDecided,
    Expired,
}
