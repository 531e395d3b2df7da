using SreBot.Bot.Cards.Elements;

namespace SreBot.Bot.Cards.Templates;

/// <summary>Something went wrong: a title and a message, both shown as plain text.</summary>
public static class ErrorCard
{
    public static AdaptiveCard Create(string title, string message) => new()
    {
        Body =
        [
            new Container(
            [
                CardParts.Title(title) with { Size = TextSize.Medium, Color = TextColor.Attention },
                TextBlock.Plain(message, CardParts.MaxItemLength * 2) with { Spacing = Spacing.Small },
            ])
            {
                Style = ContainerStyle.Attention,
            },
        ],
    };
}
