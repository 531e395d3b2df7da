using SreBot.Shared.AgentAccess;

namespace SreBot.Bot.Api;

public sealed record ModeChangeView(AgentView Agent, string Reason, IReadOnlyList<PermissionCheckView> Checks, int CancelledApprovals)
{
    public static ModeChangeView From(ModeChangeResult result)
        => new(AgentView.From(result.State), result.Reason, [.. result.Checks.Select(c => new PermissionCheckView(c.ResourceGroup.Display, c.Allowed, c.Reason))], result.CancelledApprovals);
}
