using System.Text.Json;

namespace SreBot.Bot.Api;

/// <summary>
/// <c>POST /api/v1/approvals/{id}/decision</c> body. <paramref name="Arguments"/> is optional and never executed: if a client
/// sends the arguments it believes it approves and they differ from the stored request, the mismatch is recorded as a security event.
/// </summary>
public sealed record DecisionRequest(string? Decision, string? Comment, JsonElement? Arguments)
{
    public const int MaxCommentLength = SreBot.Shared.Approvals.ApprovalWorkflow.MaxCommentLength;
}
