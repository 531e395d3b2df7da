using System.Text;

namespace SreBot.Bot.Cards.Text;

/// <summary>
/// Escapes text so that a CommonMark renderer (the Adaptive Cards TextBlock Markdown subset, markdown-it in the
/// JavaScript renderer) shows it literally: links, images, autolinks, emphasis, code, HTML, tables, headings, quotes
/// and lists all become plain characters. Each input line becomes its own paragraph, since a single <c>\n</c> is not
/// a line break in Markdown.
/// </summary>
public static class MarkdownEscaper
{
    /// <summary>Backslash-escaped wherever they appear. <c>{</c> also defuses the card's <c>{{DATE(…)}}</c> functions.</summary>
    private const string AlwaysEscaped = "\\`*_{}[]()<>#!|~&";

    /// <summary>Block markers that only mean something at the start of a line.</summary>
    private const string LineStartEscaped = "-+=";

    /// <summary>After leading digits and before a space or the line's end, these make an ordered list item ("1. ").</summary>
    private const string OrderedListDelimiters = ".)";

    public const string ParagraphBreak = "\n\n";

    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length + (text.Length / 4));
        foreach (var line in text.Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append(ParagraphBreak);
            }

            AppendLine(builder, trimmed);
        }

        return builder.ToString();
    }

    private static void AppendLine(StringBuilder builder, string line)
    {
        var leadingDigits = 0;
        while (leadingDigits < line.Length && char.IsAsciiDigit(line[leadingDigits]))
        {
            leadingDigits++;
        }

        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            var escape = AlwaysEscaped.Contains(c, StringComparison.Ordinal)
                || (i == 0 && LineStartEscaped.Contains(c, StringComparison.Ordinal))
                || (i == leadingDigits && i > 0 && OrderedListDelimiters.Contains(c, StringComparison.Ordinal)
                    && (i + 1 == line.Length || line[i + 1] is ' '));
            if (escape)
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }
    }
}
