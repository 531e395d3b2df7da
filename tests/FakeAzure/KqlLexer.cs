using System.Text;

namespace SreBot.FakeAzure;

/// <summary>
/// Reads query text as KQL's lexer does, for what tests need: whitespace and <c>//</c> comments are skipped; string
/// literals follow the KQL reference (single or double quotes, backslash escapes for the quotes, <c>\\</c>, <c>\t</c>,
/// <c>\n</c>, <c>\r</c>; verbatim <c>@"…"</c> with doubled quotes; an <c>h</c> prefix; <c>```</c> multi-line literals), and a
/// raw line break inside a quoted literal is an error, as it is in KQL. Written from the language reference, not from
/// the code that builds SreBot's queries, so that a round trip through both proves the escaping.
/// </summary>
public static class KqlLexer
{
    private static readonly string[] MultiCharacter = ["..", "==", "!=", ">=", "<=", "=~", "!~", "in~"];

    /// <exception cref="FormatException">The text is not valid KQL at the lexical level.</exception>
    public static IReadOnlyList<KqlToken> Read(string query)
    {
        var tokens = new List<KqlToken>();
        var i = 0;
        while (i < query.Length)
        {
            var c = query[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '/' && At(query, i + 1) == '/')
            {
                while (i < query.Length && query[i] != '\n')
                {
                    i++;
                }
            }
            else if (IsStringStart(query, i))
            {
                tokens.Add(ReadString(query, ref i));
            }
            else if (char.IsLetter(c) || c == '_')
            {
                var start = i;
                while (i < query.Length && (char.IsLetterOrDigit(query[i]) || query[i] == '_'))
                {
                    i++;
                }

                var word = query[start..i];
                if (word == "in" && At(query, i) == '~')
                {
                    i++;
                    tokens.Add(new KqlToken(KqlTokenKind.Punctuation, "in~", "in~"));
                }
                else if (word == "datetime" && At(query, i) == '(')
                {
                    var close = query.IndexOf(')', i);
                    if (close < 0)
                    {
                        throw new FormatException("An unterminated datetime literal.");
                    }

                    tokens.Add(new KqlToken(KqlTokenKind.DatetimeLiteral, query[start..(close + 1)], query[(i + 1)..close]));
                    i = close + 1;
                }
                else
                {
                    tokens.Add(new KqlToken(KqlTokenKind.Identifier, word, word));
                }
            }
            else if (char.IsDigit(c))
            {
                var start = i;
                while (i < query.Length && (char.IsDigit(query[i]) || (query[i] == '.' && char.IsDigit(At(query, i + 1)))))
                {
                    i++;
                }

                tokens.Add(new KqlToken(KqlTokenKind.Number, query[start..i], query[start..i]));
            }
            else
            {
                var multi = MultiCharacter.FirstOrDefault(m => string.CompareOrdinal(query, i, m, 0, m.Length) == 0);
                var text = multi ?? c.ToString();
                tokens.Add(new KqlToken(KqlTokenKind.Punctuation, text, text));
                i += text.Length;
            }
        }

        return tokens;
    }

    private static bool IsStringStart(string query, int i)
    {
        var j = i;
        if (query[j] is 'h' or 'H' && (At(query, j + 1) is '"' or '\'' or '@' || string.CompareOrdinal(query, j + 1, "```", 0, 3) == 0))
        {
            j++;
        }

        if (At(query, j) == '@')
        {
            j++;
        }

        return At(query, j) is '"' or '\'' || string.CompareOrdinal(query, j, "```", 0, 3) == 0;
    }

    private static KqlToken ReadString(string query, ref int i)
    {
        var start = i;
        if (query[i] is 'h' or 'H')
        {
            i++;
        }

        var verbatim = query[i] == '@';
        if (verbatim)
        {
            i++;
        }

        if (string.CompareOrdinal(query, i, "```", 0, 3) == 0)
        {
            var end = query.IndexOf("```", i + 3, StringComparison.Ordinal);
            if (end < 0)
            {
                throw new FormatException("An unterminated multi-line string literal.");
            }

            var value = query[(i + 3)..end];
            i = end + 3;
            return new KqlToken(KqlTokenKind.StringLiteral, query[start..i], value);
        }

        var quote = query[i++];
        var builder = new StringBuilder();
        while (true)
        {
            if (i >= query.Length)
            {
                throw new FormatException("An unterminated string literal.");
            }

            var c = query[i++];
            if (c is '\n' or '\r')
            {
                throw new FormatException("A line break inside a quoted string literal.");
            }

            if (c == quote)
            {
                if (verbatim && At(query, i) == quote)
                {
                    builder.Append(quote);
                    i++;
                    continue;
                }

                return new KqlToken(KqlTokenKind.StringLiteral, query[start..i], builder.ToString());
            }

            if (c == '\\' && !verbatim)
            {
                var escaped = i < query.Length ? query[i++] : throw new FormatException("A string literal ends in a lone backslash.");
                builder.Append(escaped switch
                {
                    '\\' or '"' or '\'' => escaped,
                    't' => '\t',
                    'n' => '\n',
                    'r' => '\r',
                    _ => throw new FormatException($"The escape \\{escaped} is not one KQL documents."),
                });
                continue;
            }

            builder.Append(c);
        }
    }

    private static char At(string text, int index) => index < text.Length ? text[index] : '\0';
}
