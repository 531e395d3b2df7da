namespace SreBot.Shared.Approvals;

/// <summary>What a conditional decision update did.</summary>
public enum DecisionTransition
{
    Decided,
    NotFound,
    AlreadyDecided,
    Expired,
}
