using SreBot.Bot.Cards.Elements;

namespace SreBot.Bot.Cards.Templates;

/// <summary>What SreBot understands: the commands, and whether plain-language questions work.</summary>
public static class HelpCard
{
    /// <param name="llmDescription">Which model answers free-form questions, e.g. "OpenAICompatible model llama3 at http://127.0.0.1:11434".</param>
    public static AdaptiveCard Create(IReadOnlyList<(string Command, string Description)> commands, bool llmConfigured, string? llmDescription = null)
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
                ? "You can also ask in plain language, for example: why is app-checkout-api slow?" + (llmDescription is null ? string.Empty : $" (language model: {llmDescription})")
                : "No LLM is configured (Llm section): free-form questions are not answered; use investigate <resource> for a deterministic investigation, or the other commands.") with
            {
                Spacing = Spacing.Medium,
                Color = llmConfigured ? null : TextColor.Warning,
            });
        return new AdaptiveCard { Body = body };
    }
}
