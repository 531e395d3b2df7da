namespace SreBot.Bot.Agent;

/// <summary>What one turn produced: the (redacted) answer, its outcome code, what it used, and the approvals it requested.</summary>
public sealed record AgentTurnResult(
    string Answer,
    string Outcome,
    long InputTokens,
    long OutputTokens,
    int ToolCalls,
    IReadOnlyList<string> PendingApprovals,
    IReadOnlyList<SreBot.Shared.Traces.TraceStep> Steps,
    IReadOnlyCollection<string> SuspiciousTools);
