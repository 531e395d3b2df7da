using SreBot.Bot.Cards.Elements;
using SreBot.Shared.Identity;

namespace SreBot.Bot.Cards.Templates;

/// <summary>
/// What SreBot understands for this caller: only the commands their roles allow, which role would unlock the others,
/// and whether plain-language questions work.
/// </summary>
public static class HelpCard
{
    /// <param name="commands">Every command, with the roles each needs.</param>
    /// <param name="callerRoles">The caller's roles.</param>
    /// <param name="llmDescription">Which model answers free-form questions, e.g. "OpenAICompatible model llama3 at http://127.0.0.1:11434".</param>
    public static AdaptiveCard Create(IReadOnlyList<CommandHelp> commands, IReadOnlySet<string> callerRoles, bool llmConfigured, string? llmDescription = null)
    {
        ArgumentNullException.ThrowIfNull(commands);
        ArgumentNullException.ThrowIfNull(callerRoles);
        var allowed = commands.Where(c => c.AllowedFor(callerRoles)).ToList();
        List<CardElement> body =
        [
            CardParts.Title("SreBot"),
            TextBlock.Markdown("Investigates Azure resources and, in Privileged mode, runs fixes after a human approves them.") with
            {
                IsSubtle = true,
                Spacing = Spacing.Small,
            },
            new RichTextBlock(
            [
                CardParts.Run("Your roles: ") with { Weight = TextWeight.Bolder },
                CardParts.Run(callerRoles.Count == 0 ? "none" : string.Join(", ", Roles.All.Where(callerRoles.Contains))),
            ])
            {
                Spacing = Spacing.Small,
            },
        ];
        if (allowed.Count > 0)
        {
            body.Add(CardParts.Heading("What you can do"));
            body.AddRange(allowed.Select(c => CardParts.Row(c.Usage, c.Description)));
        }

        body.AddRange(Unlocks(commands, callerRoles, allowed));
        body.Add(CardParts.Text(llmConfigured
                ? "You can also ask in plain language, for example: why is app-checkout-api slow?" + (llmDescription is null ? string.Empty : $" (language model: {llmDescription})")
                : "No LLM is configured (Llm section): free-form questions are not answered; use investigate <resource> for a deterministic investigation, or the other commands.") with
        {
            Spacing = Spacing.Medium,
        });
        return new AdaptiveCard { Body = body };
    }

    /// <summary>For each role the caller lacks, in <see cref="Roles.All"/> order: the commands it would add.</summary>
    private static IEnumerable<CardElement> Unlocks(IReadOnlyList<CommandHelp> commands, IReadOnlySet<string> callerRoles, List<CommandHelp> allowed)
    {
        var lines = Roles.All.Where(r => !callerRoles.Contains(r))
            .Select(role => (Role: role, Commands: commands.Where(c => !allowed.Contains(c) && c.Roles.Contains(role, StringComparer.Ordinal)).Select(c => c.Name).ToList()))
            .Where(l => l.Commands.Count > 0)
            .ToList();
        if (lines.Count == 0)
        {
            yield break;
        }

        yield return CardParts.Heading("More with another role");
        foreach (var (role, names) in lines)
        {
            yield return new RichTextBlock(
            [
                CardParts.Run(role) with { Weight = TextWeight.Bolder },
                CardParts.Run(": " + string.Join(", ", names)),
            ])
            {
                Spacing = Spacing.Small,
            };
        }

        yield return CardParts.Subtle("A SreBot admin grants roles (role <user-id> <role>; whoami shows your id), or your Entra admin assigns SreBot's app role.");
    }
}
