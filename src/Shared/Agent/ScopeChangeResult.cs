namespace SreBot.Shared.Agent;

public sealed record ScopeChangeResult(bool Succeeded, string Message, AgentState State);
