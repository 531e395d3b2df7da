using SreBot.Bot.Cards.Text;

namespace SreBot.Bot.Cards.Elements;

/// <summary>
/// Text. Renderers apply a Markdown subset to <see cref="Text"/>, so it is for SreBot's own wording
/// (<see cref="Markdown"/>). Outside text belongs in a <see cref="RichTextBlock"/> of <see cref="TextRun"/>s, which is never
/// parsed as Markdown and so needs no escaping. Set the styling with <c>with { … }</c>.
/// </summary>
public sealed record TextBlock : CardElement
{
    private TextBlock(string text) => Text = text;

    public string Text { get; }

    public TextSize? Size { get; init; }

    public TextWeight? Weight { get; init; }

    public TextColor? Color { get; init; }

    public FontType? FontType { get; init; }

    public bool? IsSubtle { get; init; }

    public bool Wrap { get; init; } = true;

    /// <summary>SreBot's own wording, which may use Markdown (<c>**bold**</c>). Never pass text that came from outside.</summary>
    public static TextBlock Markdown(string trusted) => new(CardText.Trusted(trusted));
}
