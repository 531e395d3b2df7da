using System.Text.Json;
using SreBot.Shared.Approvals;

namespace SreBot.McpServer.Tools.Approvals;

/// <summary>An approval as tools and the API show it: the request, its status and its full history.</summary>
public sealed record ApprovalView(
    string Id,
    string Status,
    string Tool,
    JsonElement Arguments,
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
    {
        using var arguments = JsonDocument.Parse(approval.Arguments);
        return new ApprovalView(
            approval.Id,
            approval.Status.ToString(),
            approval.Tool,
            arguments.RootElement.Clone(),
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
}
