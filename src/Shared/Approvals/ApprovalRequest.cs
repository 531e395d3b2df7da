namespace SreBot.Shared.Approvals;

/// <summary>What the call path hands over when a write tool is called in Privileged mode.</summary>
public sealed record ApprovalRequest(
    string Tool,
    string Arguments,
    string TargetResourceId,
    string Reason,
    string RequestedBy,
    IReadOnlyList<string> RequesterRoles);
