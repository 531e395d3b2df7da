namespace SreBot.Shared.Approvals;

/// <summary>
/// A write action waiting for, or past, a human decision. <see cref="Arguments"/> is the canonical JSON of the
/// tool arguments as requested; only these ever run. <see cref="BindingHash"/> binds tool, arguments, target and
/// requester so that a stored approval cannot be replayed for anything else.
/// </summary>
public sealed record Approval(
    string Id,
    string Tool,
    string Arguments,
    string TargetResourceId,
    string Reason,
    string RequestedBy,
    IReadOnlyList<string> RequesterRoles,
    string BindingHash,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    ApprovalStatus Status,
    string? DecidedBy,
    DateTimeOffset? DecidedAt,
    string? DecisionComment,
    string? Result,
    IReadOnlyList<ApprovalEvent> History);
