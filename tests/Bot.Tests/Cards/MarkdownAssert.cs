using System.Text;

namespace SreBot.Bot.Tests.Cards;

/// <summary>Checks on escaped Markdown, written independently of the escaper.</summary>
public static class MarkdownAssert
{
    private const string Specials = "\\`*_{}[]()<>#!|~&";

    /// <summary>Special characters that are not preceded by an escaping backslash.</summary>
    public static IReadOnlyList<string> UnescapedSpecials(string markdown)
    {
        List<string> found = [];
        for (var i = 0; i < markdown.Length; i++)
        {
            if (markdown[i] == '\\' && i + 1 < markdown.Length && char.IsAsciiLetterOrDigit(markdown[i + 1]) is false
                && !char.IsWhiteSpace(markdown[i + 1]))
            {
                i++;
                continue;
            }

            if (Specials.Contains(markdown[i], StringComparison.Ordinal))
            {
                found.Add($"'{markdown[i]}' at {i} in «{markdown}»");
            }
        }

        return found;
    }

    /// <summary>Every line that a renderer would read as a list item, heading, quote or thematic break.</summary>
    public static IReadOnlyList<string> BlockMarkers(string markdown) =>
        [.. markdown.Split('\n').Select(l => l.TrimStart()).Where(l =>
            l.Length > 0 && ("-+*#>=".Contains(l[0], StringComparison.Ordinal) || OrderedListStart(l)))];

    /// <summary>CommonMark backslash unescaping, paragraphs back to single lines.</summary>
    public static string Unescape(string markdown)
    {
        var text = new StringBuilder();
        for (var i = 0; i < markdown.Length; i++)
        {
            if (markdown[i] == '\\' && i + 1 < markdown.Length && char.IsAsciiLetterOrDigit(markdown[i + 1]) is false
                && !char.IsWhiteSpace(markdown[i + 1]))
            {
                i++;
            }

            text.Append(markdown[i]);
        }

        return text.ToString().Replace("\n\n", "\n", StringComparison.Ordinal);
    }

    public static void FullyEscaped(string markdown)
    {
        var problems = UnescapedSpecials(markdown).Concat(BlockMarkers(markdown)).ToList();
        Assert.True(problems.Count == 0, "Live Markdown in card text:\n" + string.Join('\n', problems));
    }

    private static bool OrderedListStart(string line)
    {
        var digits = line.TakeWhile(char.IsAsciiDigit).Count();
        return digits > 0 && digits < line.Length && (line[digits] is '.' or ')') && (digits + 1 == line.Length || line[digits + 1] == ' ');
    }
}
