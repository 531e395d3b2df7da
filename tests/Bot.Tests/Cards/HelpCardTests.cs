using System.Text.Json.Nodes;
using SreBot.Bot.Cards.Templates;

namespace SreBot.Bot.Tests.Cards;

public sealed class HelpCardTests
{
    [Theory]
    [InlineData(true, "You can also ask in plain language")]
    [InlineData(false, "No LLM is configured")]
    public void HelpCard_ListsCommands_AndSaysWhetherPlainLanguageWorks(bool llmConfigured, string expected)
    {
        var texts = CardJsonWalker.DisplayTexts(HelpCard.Create(CardSamples.Commands, llmConfigured).ToJsonObject());

        Assert.Contains("investigate \\<resource\\>", texts);
        Assert.Contains("Show this card.", texts);
        Assert.Contains(texts, t => t.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void HelpCard_WithoutCommands_HasNoEmptyFactSet()
    {
        var card = HelpCard.Create([], llmConfigured: true).ToJsonObject();

        Assert.Empty(CardJsonWalker.ObjectsOfType(card, "FactSet"));
    }
}
