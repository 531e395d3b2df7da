namespace SreBot.Bot.Cards.Text;

/// <summary>The two ways text gets into a card's Markdown-rendered properties.</summary>
public static class CardText
{
    /// <summary>Untrusted text, shown literally: cleaned, capped at <paramref name="maxLength"/>, then Markdown-escaped.</summary>
    public static string Plain(string? untrusted, int maxLength = TextSanitizer.DefaultMaxLength) =>
        MarkdownEscaper.Escape(TextSanitizer.Clean(untrusted, maxLength));

    /// <summary>SreBot's own Markdown: only cleaned and capped.</summary>
    public static string Trusted(string trusted)
    {
        ArgumentNullException.ThrowIfNull(trusted);
        return TextSanitizer.Clean(trusted);
    }
}
