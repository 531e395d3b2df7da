using SreBot.Bot.Cards.Elements;
using SreBot.Shared.AgentAccess;
using SreBot.Shared.Policy;

namespace SreBot.Bot.Cards.Templates;

/// <summary>The agent's access mode, its resource groups, and who changed the mode when.</summary>
public static class ModeCard
{
    public const int MaxResourceGroups = 20;

    /// <param name="message">What happened, e.g. "Mode changed to Privileged by …"; may name a person, so it is shown as plain text.</param>
    /// <param name="now">The caller's now, for "x min ago".</param>
    public static AdaptiveCard Create(AgentState state, string message, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        var privileged = state.Mode == AccessMode.Privileged;
        List<CardElement> body =
        [
            CardParts.Badge(privileged ? "PRIVILEGED" : "READER", privileged ? ContainerStyle.Warning : ContainerStyle.Good),
            CardParts.Title($"Agent mode: {state.Mode}"),
            TextBlock.Markdown(
                privileged
                    ? "Write tools are allowed, each only after a human approves it."
                    : "Read tools only: SreBot cannot change anything.") with { IsSubtle = true, Spacing = Spacing.Small },
        ];
        if (!string.IsNullOrWhiteSpace(message))
        {
            body.Add(CardParts.Text(message) with { Spacing = Spacing.Medium });
        }

        body.Add(CardParts.Row("Changed by", state.ModeChangedBy ?? "—"));
        body.Add(CardParts.Row("Changed at", CardTime.Format(state.ModeChangedAt, now)));
        body.Add(CardParts.Heading($"Resource groups: {state.ResourceGroups.Count}"));
        if (state.ResourceGroups.Count == 0)
        {
            body.Add(TextBlock.Markdown("None: SreBot can see no resources until an admin associates a resource group.") with { IsSubtle = true });
        }

        body.AddRange(state.ResourceGroups.Take(MaxResourceGroups)
            .Select(group => CardParts.Bullet($"{group.Name} (subscription {group.Subscription})")));
        body.AddRange(CardParts.More(state.ResourceGroups.Count, MaxResourceGroups));
        return new AdaptiveCard { Body = body };
    }
}
