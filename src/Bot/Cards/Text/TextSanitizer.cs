using System.Globalization;
using System.Text;

namespace SreBot.Bot.Cards.Text;

/// <summary>
/// Makes outside text safe to display: line breaks normalised to <c>\n</c>, tabs to spaces, other control characters
/// and invisible format characters (zero-width, bidirectional overrides) removed, broken surrogates replaced, and the
/// result capped at a length with an ellipsis.
/// </summary>
public static class TextSanitizer
{
    public const int DefaultMaxLength = 2000;
    public const char Ellipsis = '…';

    /// <returns>At most <paramref name="maxLength"/> UTF-16 characters, ending in <see cref="Ellipsis"/> when cut.</returns>
    public static string Clean(string? text, int maxLength = DefaultMaxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(Math.Min(text.Length, maxLength + 2));
        var normalised = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        foreach (var rune in normalised.EnumerateRunes())
        {
            if (Kept(rune) is { } kept)
            {
                builder.Append(kept.ToString());
            }

            if (builder.Length > maxLength)
            {
                return Cut(builder, maxLength);
            }
        }

        return builder.ToString();
    }

    private static string Cut(StringBuilder builder, int maxLength)
    {
        builder.Length = maxLength - 1;
        if (builder.Length > 0 && char.IsHighSurrogate(builder[^1]))
        {
            builder.Length--;
        }

        return builder.ToString() + Ellipsis;
    }

    private static Rune? Kept(Rune rune)
    {
        if (rune.Value is '\n' or '\r' or '\u2028' or '\u2029')
        {
            return new Rune('\n');
        }

        if (rune.Value is '\t')
        {
            return new Rune(' ');
        }

        return Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control or UnicodeCategory.Format ? null : rune;
    }
}
