namespace SreBot.Shared.Knowledge;

/// <summary>The content types a knowledge document may have, and how an upload's declared type maps to them.</summary>
public static class KnowledgeContentTypes
{
    public const string Markdown = "text/markdown";
    public const string PlainText = "text/plain";

    /// <summary>
    /// <c>text/markdown</c>, <c>text/x-markdown</c> or <c>text/plain</c> (charset, if given, UTF-8 or US-ASCII); with no
    /// type or <c>application/octet-stream</c>, the file name's extension (.md, .markdown, .txt) decides. Null: not supported.
    /// </summary>
    public static string? Normalize(string? declared, string? fileName)
    {
        var parts = (declared ?? string.Empty).Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var media = parts.Length == 0 ? string.Empty : parts[0].ToLowerInvariant();
        foreach (var parameter in parts.Skip(1))
        {
            var pair = parameter.Split('=', 2, StringSplitOptions.TrimEntries);
            if (pair.Length == 2 && pair[0].Equals("charset", StringComparison.OrdinalIgnoreCase)
                && !pair[1].Trim('"').Equals("utf-8", StringComparison.OrdinalIgnoreCase) && !pair[1].Trim('"').Equals("us-ascii", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }
        }

        return media switch
        {
            "text/markdown" or "text/x-markdown" => Markdown,
            "text/plain" => PlainText,
            "" or "application/octet-stream" => Path.GetExtension(fileName ?? string.Empty).ToLowerInvariant() switch
            {
                ".md" or ".markdown" => Markdown,
                ".txt" or ".text" => PlainText,
                _ => null,
            },
            _ => null,
        };
    }
}
