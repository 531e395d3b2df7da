using SreBot.Shared.Policy;

namespace SreBot.Shared.Agent;

/// <summary>The agent's mode and associated resource groups, as stored. Read on every tool call.</summary>
public interface IAgentStateStore
{
    Task<AgentScope> GetScopeAsync(CancellationToken cancellationToken);
}
