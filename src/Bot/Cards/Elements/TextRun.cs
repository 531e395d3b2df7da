using SreBot.Bot.Cards.Text;

namespace SreBot.Bot.Cards.Elements;

/// <summary>
/// A run of text inside a <see cref="RichTextBlock"/>. Renderers never apply Markdown to a run, so outside text goes in as the
/// characters it is: cleaned and capped, not escaped. Styling with <c>with { … }</c>.
/// </summary>
public sealed record TextRun
{
    public TextRun(string? text, int maxLength = TextSanitizer.DefaultMaxLength) => Text = TextSanitizer.Clean(text, maxLength);

    [System.Text.Json.Serialization.JsonPropertyOrder(-1)]
    public string Type => "TextRun";

    public string Text { get; }

    public TextSize? Size { get; init; }

    public TextWeight? Weight { get; init; }

    public TextColor? Color { get; init; }

    public FontType? FontType { get; init; }

    public bool? IsSubtle { get; init; }

    public bool? Italic { get; init; }
}
