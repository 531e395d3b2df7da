using SreBot.Bot.Cards.Text;

namespace SreBot.Bot.Cards.Elements;

/// <summary>
/// Text. Renderers apply a Markdown subset to <see cref="Text"/>, so it is for SreBot's own wording
/// (<see cref="Markdown"/>). Outside text belongs in a <see cref="RichTextBlock"/> of <see cref="TextRun"/>s, which is never
/// parsed as Markdown and so needs no escaping; <see cref="Plain"/> (escaped) remains only for templates not yet moved to
/// TextRuns (ApprovalCard). Set the styling with <c>with { … }</c>.
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

    /// <summary>
    /// Text from tools, logs, the model or users, shown literally: control characters stripped, capped at
    /// <paramref name="maxLength"/> characters with an ellipsis, every Markdown construct escaped, each line its own paragraph.
    /// </summary>
    public static TextBlock Plain(string? untrusted, int maxLength = TextSanitizer.DefaultMaxLength) =>
        new(CardText.Plain(untrusted, maxLength));

    /// <summary>SreBot's own wording, which may use Markdown (<c>**bold**</c>). Never pass text that came from outside.</summary>
    public static TextBlock Markdown(string trusted) => new(CardText.Trusted(trusted));
}
