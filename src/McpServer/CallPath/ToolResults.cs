using System.Text.Json;
using ModelContextProtocol.Protocol;
using SreBot.Shared.Approvals;

namespace SreBot.McpServer.CallPath;

/// <summary>Tool results the call path produces itself (refusals, errors, pending approvals), as text the model can read.</summary>
public static class ToolResults
{
    public static CallToolResult Refusal(string reason) => Error($"Refused: {reason}");

    public static CallToolResult Error(string message) => new()
    {
        IsError = true,
        Content = [new TextContentBlock { Text = message }],
    };

    /// <summary><c>{"status":"pending_approval","approvalId":…,"expiresAt":…}</c>: the change waits for a human.</summary>
    public static CallToolResult PendingApproval(Approval approval)
    {
        var pending = JsonSerializer.SerializeToElement(new
        {
            status = "pending_approval",
            approvalId = approval.Id,
            expiresAt = approval.ExpiresAt,
            message = "Nothing has changed yet. A different person with the approver role must approve this request; it then runs once.",
        });
        return new CallToolResult
        {
            StructuredContent = pending,
            Content = [new TextContentBlock { Text = pending.GetRawText() }],
        };
    }
}
