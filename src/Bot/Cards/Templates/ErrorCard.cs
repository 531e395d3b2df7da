using SreBot.Bot.Cards.Elements;

namespace SreBot.Bot.Cards.Templates;

/// <summary>Something went wrong: a title and a message, both shown as plain text (the message may quote a tool's answer).</summary>
public static class ErrorCard
{
    public static AdaptiveCard Create(string title, string message) => new()
    {
        Body =
        [
            new Container(
            [
                new RichTextBlock([CardParts.Run(title, 200) with { Size = TextSize.Medium, Weight = TextWeight.Bolder, Color = TextColor.Attention }]),
                CardParts.Text(message, CardParts.MaxItemLength * 2) with { Spacing = Spacing.Small },
            ])
            {
                Style = ContainerStyle.Attention,
            },
        ],
    };
}
