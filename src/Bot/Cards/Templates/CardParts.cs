using SreBot.Bot.Cards.Elements;

namespace SreBot.Bot.Cards.Templates;

/// <summary>Pieces the templates share: headings, bullets, badges.</summary>
internal static class CardParts
{
    public const int MaxListItems = 10;
    public const int MaxItemLength = 500;

    /// <summary>A title in SreBot's own words (escaped anyway, since it may carry a resource name).</summary>
    public static TextBlock Title(string text) =>
        TextBlock.Plain(text, 200) with { Size = TextSize.Large, Weight = TextWeight.Bolder };

    public static TextBlock Heading(string text) =>
        TextBlock.Plain(text, 100) with { Weight = TextWeight.Bolder, Spacing = Spacing.Medium, Separator = true };

    public static TextBlock Bullet(string untrusted) => TextBlock.Plain("• " + untrusted, MaxItemLength) with { Spacing = Spacing.Small };

    public static TextBlock Subtle(string untrusted) =>
        TextBlock.Plain(untrusted, MaxItemLength) with { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None };

    /// <summary>A short label on a coloured background, sized to its text.</summary>
    public static ColumnSet Badge(string text, ContainerStyle style) =>
        new([new Column([TextBlock.Plain(text, 60) with { Weight = TextWeight.Bolder, Size = TextSize.Small }])
        {
            Width = ColumnWidth.Auto,
            Style = style,
        }]);

    /// <summary>"…and 3 more" when a list was cut to <see cref="MaxListItems"/>.</summary>
    public static IEnumerable<TextBlock> More(int total, int shown)
    {
        if (total > shown)
        {
            yield return TextBlock.Plain($"…and {total - shown} more") with { IsSubtle = true, Spacing = Spacing.Small };
        }
    }
}
