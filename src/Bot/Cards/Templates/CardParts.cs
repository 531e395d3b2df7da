using SreBot.Bot.Cards.Elements;

namespace SreBot.Bot.Cards.Templates;

/// <summary>
/// Pieces the templates share. Whatever may carry outside text (titles with resource names, bullets, rows, badges) is a
/// <see cref="RichTextBlock"/>, which Teams never parses as Markdown; only <see cref="Heading"/> and <see cref="More"/>,
/// always SreBot's own wording, are Markdown <see cref="TextBlock"/>s.
/// </summary>
internal static class CardParts
{
    public const int MaxListItems = 10;
    public const int MaxItemLength = 500;
    public const int MaxLabelLength = 100;

    /// <summary>A run of outside text, capped at <paramref name="maxLength"/>.</summary>
    public static TextRun Run(string? untrusted, int maxLength = MaxItemLength) => new(untrusted, maxLength);

    /// <summary>One paragraph of outside text.</summary>
    public static RichTextBlock Text(string? untrusted, int maxLength = MaxItemLength) => new([Run(untrusted, maxLength)]);

    /// <summary>A large bold title; it may carry a resource name.</summary>
    public static RichTextBlock Title(string untrusted) =>
        new([Run(untrusted, 200) with { Size = TextSize.Large, Weight = TextWeight.Bolder }]);

    /// <summary>A section heading in SreBot's own words.</summary>
    public static TextBlock Heading(string trusted) =>
        TextBlock.Markdown(trusted) with { Weight = TextWeight.Bolder, Spacing = Spacing.Medium, Separator = true };

    public static RichTextBlock Bullet(string? untrusted) => new([Run("• " + untrusted)]) { Spacing = Spacing.Small };

    public static RichTextBlock Subtle(string? untrusted) =>
        new([Run(untrusted) with { IsSubtle = true, Size = TextSize.Small }]) { Spacing = Spacing.None };

    /// <summary>
    /// "label: value" as two columns (label bold, one third of the width), the way a FactSet looks, but without Markdown:
    /// a fact's value is Markdown-rendered, a row's is not, so rows carry outside text.
    /// </summary>
    public static ColumnSet Row(string? label, string? untrustedValue, int maxValueLength = MaxItemLength) =>
        new(
        [
            new Column([new RichTextBlock([Run(label, MaxLabelLength) with { Weight = TextWeight.Bolder }])]) { Width = ColumnWidth.Weight(1) },
            new Column([new RichTextBlock([Run(untrustedValue, maxValueLength)])]) { Width = ColumnWidth.Weight(2) },
        ])
        {
            Spacing = Spacing.Small,
        };

    /// <summary>"Label: value" on one line (label bold), for a value that may be outside text; more compact than <see cref="Row"/>.</summary>
    public static RichTextBlock Labelled(string label, string? untrustedValue, int maxValueLength = MaxItemLength) =>
        new([Run(label + ": ", MaxLabelLength) with { Weight = TextWeight.Bolder }, Run(untrustedValue ?? "—", maxValueLength)]) { Spacing = Spacing.Small };

    /// <summary>A short label on a coloured background, sized to its text; the label may be outside text (a health state).</summary>
    public static ColumnSet Badge(string? text, ContainerStyle style) =>
        new([BadgeColumn(text, style)]);

    /// <summary>The column of <see cref="Badge"/>, to sit beside other columns.</summary>
    public static Column BadgeColumn(string? text, ContainerStyle style) =>
        new([new RichTextBlock([Run(text, 60) with { Weight = TextWeight.Bolder, Size = TextSize.Small }])])
        {
            Width = ColumnWidth.Auto,
            Style = style,
            VerticalContentAlignment = VerticalAlignment.Center,
        };

    /// <summary>"…and 3 more" when a list was cut to <see cref="MaxListItems"/>.</summary>
    public static IEnumerable<TextBlock> More(int total, int shown)
    {
        if (total > shown)
        {
            yield return TextBlock.Markdown($"…and {total - shown} more") with { IsSubtle = true, Spacing = Spacing.Small };
        }
    }
}
