using SreBot.Shared.Policy;
using SreBot.Shared.Scope;

namespace SreBot.Shared.AgentAccess;

/// <summary>The agent as an admin sees it: mode, who changed it last and when, and the associated resource groups.</summary>
public sealed record AgentState(AccessMode Mode, string? ModeChangedBy, DateTimeOffset? ModeChangedAt, IReadOnlyList<ResourceId> ResourceGroups);
