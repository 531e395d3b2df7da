using SreBot.Bot.Cards.Elements;

namespace SreBot.Bot.Cards.Templates;

/// <summary>What SreBot understands: the commands, and whether plain-language questions work.</summary>
public static class HelpCard
{
    public static AdaptiveCard Create(IReadOnlyList<(string Command, string Description)> commands, bool llmConfigured)
    {
        ArgumentNullException.ThrowIfNull(commands);
        List<CardElement> body =
        [
            CardParts.Title("SreBot"),
            TextBlock.Plain("Investigates Azure resources and, in Privileged mode, runs fixes after a human approves them.") with
            {
                IsSubtle = true,
                Spacing = Spacing.Small,
            },
        ];
        if (commands.Count > 0)
        {
            body.Add(CardParts.Heading("Commands"));
            body.Add(new FactSet([.. commands.Select(c => new Fact(c.Command, c.Description))]));
        }

        body.Add(
            TextBlock.Plain(llmConfigured
                ? "You can also ask in plain language, for example: why is app-checkout-api slow?"
                : "No language model is configured: only the commands work.") with
            {
                Spacing = Spacing.Medium,
                Color = llmConfigured ? null : TextColor.Warning,
            });
        return new AdaptiveCard { Body = body };
    }
}
