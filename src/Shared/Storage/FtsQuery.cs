using System.Text.RegularExpressions;

namespace SreBot.Shared.Storage;

/// <summary>
/// Turns free text (a question, a search box) into a safe FTS5 MATCH expression: its words, each quoted as a string
/// (so FTS5 operators and column filters in the input are just words), joined with OR and ranked by bm25. A compound
/// such as <c>app-checkout-api</c> or <c>PromotionEngine.Apply</c> stays one quoted string, which FTS5 matches as a
/// phrase (its tokens next to each other), not as any of its parts.
/// </summary>
public static partial class FtsQuery
{
    public const int MaxTerms = 24;

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "are", "as", "at", "be", "by", "can", "do", "does", "for", "from", "how", "i", "if", "in", "is", "it",
        "me", "my", "of", "on", "or", "our", "should", "the", "this", "to", "we", "what", "when", "where", "which", "who", "why",
        "with", "you", "your", "was", "were", "will", "there", "that", "its", "into", "has", "have", "not", "no",
    };

    /// <summary>The MATCH expression (any word, or with <paramref name="requireAll"/> every word), or null when the text has no searchable word.</summary>
    public static string? Build(string? text, bool requireAll = false)
    {
        var terms = Terms(text);
        return terms.Count == 0 ? null : string.Join(requireAll ? " AND " : " OR ", terms.Select(w => $"\"{w}\""));
    }

    /// <summary>
    /// The searchable words of the text, lower-cased, without stop words or repeats, at most <see cref="MaxTerms"/>: what
    /// <see cref="Build"/> quotes, and what PostgreSQL's search (<see cref="Postgres.PostgresFtsQuery"/>) turns into a tsquery.
    /// </summary>
    public static IReadOnlyList<string> Terms(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        return [.. Word().Matches(text)
            .Select(m => m.Value.ToLowerInvariant())
            .Where(w => !StopWords.Contains(w))
            .Distinct(StringComparer.Ordinal)
            .Take(MaxTerms)];
    }

    [GeneratedRegex(@"[\p{L}\p{N}_]{2,64}(?:[-.:/][\p{L}\p{N}_]{1,64}){0,8}|[\p{L}\p{N}_]{1,64}(?:[-.:/][\p{L}\p{N}_]{1,64}){1,8}", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
