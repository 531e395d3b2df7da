namespace SreBot.McpServer.Tools.Approvals;

public sealed record ApprovalGetResult(SourceInfo Source, ApprovalView Approval);
