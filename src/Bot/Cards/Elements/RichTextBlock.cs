namespace SreBot.Bot.Cards.Elements;

/// <summary>
/// Text made of <see cref="TextRun"/>s. Unlike a <see cref="TextBlock"/>, nothing in it is parsed as Markdown, so it is the
/// element for text from logs, alerts, resources, the model and people: shown literally, with nothing to escape.
/// </summary>
public sealed record RichTextBlock(IReadOnlyList<TextRun> Inlines) : CardElement;
