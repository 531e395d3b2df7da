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

    /// <summary>The settings the user changed that still carry their id: the current mode if they set it, the resource groups they added.</summary>
    Task<IReadOnlyList<AgentChange>> ChangesByAsync(string userId, CancellationToken cancellationToken);

    /// <summary>
    /// Keeps the settings the user changed and replaces their id with <see cref="Privacy.ErasedUser.Marker"/>, overwriting the
    /// freed pages; returns how many settings carried it.
    /// </summary>
    Task<int> EraseActorAsync(string userId, CancellationToken cancellationToken);
}
