using SreBot.Shared.Scope;

namespace SreBot.Shared.Policy;

/// <summary>The agent's current mode and the resource groups it is associated with.</summary>
/// <param name="DefaultSubscription">Subscription used when a resource group is given by name only.</param>
public sealed record AgentScope(AccessMode Mode, IReadOnlyList<ResourceId> ResourceGroups, string DefaultSubscription)
{
    public bool Contains(ResourceId id) => ResourceGroups.Any(id.IsWithin);
}
