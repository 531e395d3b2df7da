using SreBot.Bot.Cards.Templates;
using SreBot.Shared.Policy;

namespace SreBot.Bot.Tests.Cards;

public sealed class ModeCardTests
{
    [Fact]
    public void ModeCard_ShowsModeGroupsAndWhoChangedItWhen()
    {
        var texts = CardJsonWalker.DisplayTexts(
            ModeCard.Create(CardSamples.Agent(AccessMode.Privileged), "Mode changed to Privileged.", CardSamples.Now.AddMinutes(12)).ToJsonObject());

        Assert.Contains("PRIVILEGED", texts);
        Assert.Contains("Agent mode: Privileged", texts);
        Assert.Contains("Mode changed to Privileged.", texts);
        Assert.Contains("ada@contoso.com", texts);
        Assert.Contains("2026-05-01 10:32 UTC (12 min ago)", texts);
        Assert.Contains("• rg-shop-prod (subscription 11111111-1111-1111-1111-111111111111)", texts);
        Assert.Contains(texts, t => t.StartsWith("• rg-shop-staging", StringComparison.Ordinal));
    }

    [Fact]
    public void ModeCard_WithoutGroups_SaysSo()
    {
        var texts = CardJsonWalker.DisplayTexts(ModeCard.Create(CardSamples.Agent(AccessMode.Reader) with { ResourceGroups = [] }, "", CardSamples.Now).ToJsonObject());

        Assert.Contains("READER", texts);
        Assert.Contains(texts, t => t.StartsWith("None:", StringComparison.Ordinal));
    }
}
