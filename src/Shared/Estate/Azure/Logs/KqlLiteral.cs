using System.Globalization;
using System.Text;

namespace SreBot.Shared.Estate.Azure.Logs;

/// <summary>
/// Text as a KQL string literal: double-quoted, with the backslash escapes the KQL reference documents
/// (<c>\"</c>, <c>\\</c>, <c>\t</c>, <c>\n</c>, <c>\r</c>). Everything else is copied as it is, so a quote, pipe,
/// <c>//</c> or semicolon in the text stays inside the literal. KQL has no documented escape for other control
/// characters (or for broken UTF-16), so text holding one is refused rather than guessed at.
/// </summary>
internal static class KqlLiteral
{
    public static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsSurrogate(c))
            {
                if (!char.IsSurrogatePair(text, i))
                {
                    throw new ArgumentException("The text contains a broken (unpaired) UTF-16 surrogate; send valid Unicode text.", nameof(text));
                }

                builder.Append(c).Append(text[++i]);
                continue;
            }

            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\t': builder.Append("\\t"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case var control when char.IsControl(control):
                    throw new ArgumentException(
                        string.Create(CultureInfo.InvariantCulture, $"The text contains the control character U+{(int)control:X4}, which a log search cannot express; remove it."),
                        nameof(text));
                default: builder.Append(c); break;
            }
        }

        return builder.Append('"').ToString();
    }
}
