namespace SreBot.McpServer.CallPath;

/// <summary>What a write call answers when it waits for a human: <c>{"status":"pending_approval","approvalId":…,"expiresAt":…,"message":…}</c>.</summary>
public sealed record PendingApprovalResult(string Status, string ApprovalId, DateTimeOffset ExpiresAt, string Message)
{
    public const string PendingStatus = "pending_approval";
}
