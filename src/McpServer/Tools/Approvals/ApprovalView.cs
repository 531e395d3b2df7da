using SreBot.Shared.Approvals;

namespace SreBot.McpServer.Tools.Approvals;

/// <summary>
/// An approval as tools and the API show it: the request, its status and its full history.
/// <see cref="Arguments"/> is the canonical JSON text of the stored arguments, exactly what will run.
/// </summary>
public sealed record ApprovalView(
    string Id,
    string Status,
    string Tool,
    string Arguments,
    string Target,
    string Reason,
    string RequestedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    string? DecidedBy,
    DateTimeOffset? DecidedAt,
    string? DecisionComment,
    string? Result,
    IReadOnlyList<ApprovalEvent> History)
{
    public static ApprovalView From(Approval approval)
        => new(
            approval.Id,
            approval.Status.ToString(),
            approval.Tool,
            approval.Arguments,
            approval.TargetResourceId,
            approval.Reason,
            approval.RequestedBy,
            approval.CreatedAt,
            approval.ExpiresAt,
            approval.DecidedBy,
            approval.DecidedAt,
            approval.DecisionComment,
            approval.Result,
            approval.History);
}
