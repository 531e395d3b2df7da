using SreBot.Bot.Cards.Elements;
using SreBot.Shared.Policy;

namespace SreBot.Bot.Cards.Templates;

/// <summary>
/// The hello when SreBot is installed in a personal chat, a group chat or a team: what it can do, the current access mode,
/// how to get a role, and <c>help</c>. SreBot's own wording is Markdown; the team's name (outside text) is a
/// <see cref="TextRun"/>, never parsed.
/// </summary>
public static class WelcomeCard
{
    public const string Title = "Hi, I'm SreBot";
    public const int MaxTeamNameLength = 120;

    /// <param name="teamName">The team's name as Teams sends it (installs in a team), or null.</param>
    public static AdaptiveCard Create(WelcomeConversation conversation, AccessMode mode, bool llmConfigured, string? teamName = null)
    {
        List<CardElement> body =
        [
            TextBlock.Markdown(Title) with { Size = TextSize.Large, Weight = TextWeight.Bolder },
        ];
        if (conversation == WelcomeConversation.Team && !string.IsNullOrWhiteSpace(teamName))
        {
            body.Add(new RichTextBlock([new TextRun("Installed in "), new TextRun(teamName, MaxTeamNameLength) { Weight = TextWeight.Bolder }]) { Spacing = Spacing.None });
        }

        body.Add(TextBlock.Markdown(
            "I investigate Azure incidents with read-only tools (health, metrics, logs, recent changes) and suggest a fix. "
            + "Nothing changes unless a different person with the approver role approves it on a card.") with { Spacing = Spacing.Small });
        body.Add(TextBlock.Markdown(mode == AccessMode.Privileged
            ? "**Mode: Privileged.** Restarts and scaling can be requested; each one waits for an approver."
            : "**Mode: Reader.** Read-only: nothing can be changed.") with { Spacing = Spacing.Medium });
        body.Add(TextBlock.Markdown("**Try:** investigate app-checkout-api. Type **help** to see the commands your roles allow.") with { Spacing = Spacing.Small });
        if (llmConfigured)
        {
            body.Add(TextBlock.Markdown("You can also ask in plain language, e.g. “why is checkout slow?”") with { Spacing = Spacing.Small });
        }

        body.Add(TextBlock.Markdown(conversation switch
        {
            WelcomeConversation.Personal => "**Getting a role:** you need the reader role to investigate (operator to request changes, approver to decide them). Type whoami to see yours, and ask a SreBot admin to grant it.",
            WelcomeConversation.GroupChat => "**In this chat** mention me with a command. Everyone acts with their own roles: ask a SreBot admin for the reader role if you have none (whoami shows yours).",
            _ => "**In this team** mention me in a channel with a command; incident posts can arrive here too. Everyone acts with their own roles: ask a SreBot admin for the reader role if you have none.",
        }) with { Spacing = Spacing.Medium, IsSubtle = true });
        return new AdaptiveCard { Body = body };
    }
}
