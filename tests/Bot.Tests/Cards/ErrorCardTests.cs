using SreBot.Bot.Cards.Templates;

namespace SreBot.Bot.Tests.Cards;

public sealed class ErrorCardTests
{
    [Fact]
    public void ErrorCard_IsAnAttentionContainer_WithTitleAndMessage_AsPlainText()
    {
        var card = ErrorCard.Create("Investigation failed", "The estate did not answer in time (after 30 s).").ToJsonObject();

        var container = card["body"]![0]!;
        Assert.Equal("Container", (string?)container["type"]);
        Assert.Equal("attention", (string?)container["style"]);
        Assert.Equal(["Investigation failed", "The estate did not answer in time (after 30 s)."], CardJsonWalker.DisplayTexts(card));
        Assert.Empty(CardJsonWalker.ObjectsOfType(card, "TextBlock"));
    }
}
