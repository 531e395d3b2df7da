using SreBot.Bot.Cards.Elements;

namespace SreBot.Bot.Cards.Templates;

/// <summary>
/// "Label: value" rows for untrusted values: the label is SreBot's own, the value goes in a <see cref="TextRun"/>, so nothing of
/// it is parsed as Markdown (unlike a <see cref="FactSet"/> value, which Teams renders as Markdown).
/// </summary>
internal static class LabelledText
{
    public static RichTextBlock Row(string label, string? untrusted, int maxLength = CardParts.MaxItemLength) =>
        new([new TextRun(label + ": ", 60) { Weight = TextWeight.Bolder }, new TextRun(untrusted ?? "—", maxLength)]) { Spacing = Spacing.Small };
}
