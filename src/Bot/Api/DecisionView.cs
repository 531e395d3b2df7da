using SreBot.McpServer.Tools.Approvals;

namespace SreBot.Bot.Api;

public sealed record DecisionView(string Outcome, string Message, ApprovalView Approval);
