using ModelContextProtocol.Client;
using SreBot.McpServer.CallPath;
using SreBot.McpServer.Tools.Remediation;
using SreBot.Shared.Approvals;

namespace SreBot.Bot.Conversations;

/// <summary>
/// Asking for a restart or a scale from chat, whether typed (<see cref="Commands.RemediationCommand"/>) or clicked on an
/// investigation card (<see cref="RemediationCardAction"/>): the write tool is called through the caller's in-process MCP
/// session, so the one call path decides (role, mode, scope, approval) and audits it. A pending approval gets its card,
/// in this conversation and for the approvers (<see cref="ApprovalCards.SendAsync"/>).
/// </summary>
public sealed class RemediationRequests(ApprovalWorkflow workflow, ApprovalCards approvalCards)
{
    /// <param name="instanceCount">The instance count for a scale; null for a restart.</param>
    /// <param name="motivation">SreBot's own finding that motivated the request (never the requester's text), or null. It is
    /// recorded with the approval right after the call path created it, before the card is sent.</param>
    /// <returns>Null when the approval card was sent; otherwise why nothing was requested (the call path's refusal).</returns>
    public async Task<string?> RequestAsync(
        TurnContext turn, McpClient client, ChatCaller caller, string resourceId, int? instanceCount, string? reason, string? motivation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(caller);
        var (tool, arguments) = instanceCount is { } count
            ? (ResourceScaleTool.Name, new Dictionary<string, object?> { [ToolDescriptors.ResourceIdParameter] = resourceId, ["instanceCount"] = count, ["reason"] = reason })
            : (ResourceRestartTool.Name, new Dictionary<string, object?> { [ToolDescriptors.ResourceIdParameter] = resourceId, ["reason"] = reason });
        var answer = await ToolAnswer.CallAsync(client, tool, arguments, cancellationToken);
        if (!answer.Succeeded || ToolResults.ReadPendingApproval(answer.Result) is not { } pending)
        {
            return answer.Text;
        }

        if (motivation is not null)
        {
            await workflow.RecordMotivationAsync(pending.ApprovalId, caller.Identity.UserId, motivation, cancellationToken);
        }

        await approvalCards.SendAsync(turn, pending.ApprovalId, cancellationToken);
        return null;
    }
}
