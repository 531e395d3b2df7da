using System.Text.RegularExpressions;

namespace SreBot.EndToEnd.Tests.Cards;

/// <summary>
/// One card as the reference renderer drew it: what the library and the browser complained about, its text (hidden
/// parts included: <c>Show details</c> reveals them), its height and its visible buttons.
/// </summary>
public sealed partial record RenderedCard(
    string Name,
    IReadOnlyList<string> Problems,
    string Text,
    double Height,
    IReadOnlyList<RenderedBox> Buttons)
{
    /// <summary>A backslash before an ASCII punctuation character: a Markdown escape a person would see in Teams.</summary>
    public IReadOnlyList<string> VisibleEscapes() =>
        [.. Escape().Matches(Text).Select(m => $"{m.Value} in \"…{Around(m.Index)}…\"")];

    private string Around(int index)
    {
        var start = Math.Max(0, index - 30);
        var end = Math.Min(Text.Length, index + 30);
        return Text[start..end].ReplaceLineEndings(" ");
    }

    [GeneratedRegex(@"\\[!-/:-@\[-`{-~]")]
    private static partial Regex Escape();
}
