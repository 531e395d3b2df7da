using SreBot.Shared.AgentAccess;

namespace SreBot.Bot.Api;

/// <summary><c>GET /api/v1/agent</c>: mode, who changed it last and when, and the associated resource groups.</summary>
public sealed record AgentView(string Mode, string? ModeChangedBy, DateTimeOffset? ModeChangedAt, IReadOnlyList<string> ResourceGroups)
{
    public static AgentView From(AgentState state)
        => new(state.Mode.ToString(), state.ModeChangedBy, state.ModeChangedAt, [.. state.ResourceGroups.Select(g => g.Display)]);
}
