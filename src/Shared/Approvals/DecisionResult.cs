namespace SreBot.Shared.Approvals;

/// <summary>The answer to a decision: the outcome, a sentence for the person deciding, and the approval as it now stands.</summary>
public sealed record DecisionResult(DecisionOutcome Outcome, string Message, Approval? Approval);
