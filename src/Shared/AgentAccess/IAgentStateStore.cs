using SreBot.Shared.Policy;
using SreBot.Shared.Scope;

namespace SreBot.Shared.AgentAccess;

/// <summary>The agent's mode and associated resource groups, as stored. Read on every tool call.</summary>
public interface IAgentStateStore
{
    Task<AgentScope> GetScopeAsync(CancellationToken cancellationToken);

    Task<AgentState> GetStateAsync(CancellationToken cancellationToken);

    Task SetModeAsync(AccessMode mode, string actor, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>False when the group was already associated.</summary>
    Task<bool> AddResourceGroupAsync(ResourceId resourceGroup, string actor, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>False when the group was not associated.</summary>
    Task<bool> RemoveResourceGroupAsync(ResourceId resourceGroup, CancellationToken cancellationToken);
}
