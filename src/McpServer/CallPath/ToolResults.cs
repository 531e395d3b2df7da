using System.Text.Json;
using ModelContextProtocol.Protocol;
using SreBot.McpServer.Tools;
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

    /// <summary>A <see cref="PendingApprovalResult"/>: the change waits for a human.</summary>
    public static CallToolResult PendingApproval(Approval approval)
    {
        var pending = JsonSerializer.SerializeToElement(
            new PendingApprovalResult(
                PendingApprovalResult.PendingStatus,
                approval.Id,
                approval.ExpiresAt,
                "Nothing has changed yet. A different person with the approver role must approve this request; it then runs once."),
            ToolJson.Options);
        return new CallToolResult
        {
            StructuredContent = pending,
            Content = [new TextContentBlock { Text = pending.GetRawText() }],
        };
    }

    /// <summary>The one reader of <see cref="PendingApproval"/>: the pending approval a tool's structured result names, or null when it names none.</summary>
    public static PendingApprovalResult? ReadPendingApproval(JsonElement? structuredContent)
    {
        if (structuredContent is not { ValueKind: JsonValueKind.Object } structured
            || !structured.TryGetProperty("status", out var status) || !status.ValueEquals(PendingApprovalResult.PendingStatus))
        {
            return null;
        }

        try
        {
            return structured.Deserialize<PendingApprovalResult>(ToolJson.Options) is { ApprovalId: { Length: > 0 } } pending ? pending : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
