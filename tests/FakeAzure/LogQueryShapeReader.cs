using System.Globalization;

namespace SreBot.FakeAzure;

/// <summary>
/// Reads the parts of a SreBot log query from its tokens (<see cref="KqlLexer"/>): the union's tables, the
/// <c>between</c> window, the <c>Level in (…)</c> list, the <c>Message contains</c> literal's value and <c>top</c>.
/// For the fake Log Analytics to answer from; a query of another shape is refused as the service would (bad request).
/// Strict on purpose: the filters must close the union right after the last value, and each statement, filter and operator
/// appears once, so a search text spliced in unescaped (which leaves tokens of its own) is refused rather than half-read.
/// </summary>
public static class LogQueryShapeReader
{
    /// <exception cref="FormatException">Not valid KQL, or not the shape SreBot builds.</exception>
    public static LogQueryShape Read(string query)
    {
        var tokens = KqlLexer.Read(query);
        var tables = Enumerable.Range(1, Math.Max(0, tokens.Count - 3))
            .Where(i => tokens[i - 1].Value == "(" && tokens[i].Kind == KqlTokenKind.Identifier && tokens[i + 1].Value == "|" && tokens[i + 2].Value == "project")
            .Select(i => tokens[i].Value)
            .ToList();
        var between = Find(tokens, "between", "(");
        var levelsAt = Find(tokens, "where", "Level", "in", "(") + 4;
        var contains = FindOrNone(tokens, "where", "Message", "contains");
        var top = Find(tokens, "top") + 1;
        var levelsEnd = levelsAt + tokens.Skip(levelsAt).TakeWhile(t => t.Value != ")").Count();
        // The filters end the materialized union: the last one's value is followed by ")" and ";". A text spliced in without
        // escaping leaves tokens of its own there, or another statement, filter or union (each counted once below).
        var filtersEnd = contains >= 0 ? contains + 4 : levelsEnd + 1;
        if (tables.Count == 0 || tokens[between + 2].Kind != KqlTokenKind.DatetimeLiteral || tokens[between + 4].Kind != KqlTokenKind.DatetimeLiteral
            || tokens[top].Kind != KqlTokenKind.Number || (contains >= 0 && tokens[contains + 3].Kind != KqlTokenKind.StringLiteral)
            || (contains >= 0 && (contains != levelsEnd + 2 || At(tokens, levelsEnd + 1) != "|"))
            || !Enumerable.Range(levelsAt, levelsEnd - levelsAt).All(i => tokens[i].Kind == ((i - levelsAt) % 2 == 0 ? KqlTokenKind.StringLiteral : KqlTokenKind.Punctuation))
            || At(tokens, filtersEnd) != ")" || At(tokens, filtersEnd + 1) != ";"
            || Count(tokens, ";") != 2 || Count(tokens, "let") != 2 || Count(tokens, "union") != 1 || Count(tokens, "between") != 1
            || Count(tokens, "Level", "in") != 1 || Count(tokens, "contains") != (contains >= 0 ? 1 : 0) || Count(tokens, "top") != 1
            || At(tokens, tokens.Count - 1) != "total")
        {
            throw new FormatException("Not the shape of a SreBot log query.");
        }

        return new LogQueryShape(
            tables,
            Time(tokens[between + 2].Value),
            Time(tokens[between + 4].Value),
            [.. tokens.Skip(levelsAt).TakeWhile(t => t.Value != ")").Where(t => t.Kind == KqlTokenKind.StringLiteral).Select(t => t.Value)],
            contains >= 0 ? tokens[contains + 3].Value : null,
            int.Parse(tokens[top].Value, CultureInfo.InvariantCulture));
    }

    private static DateTimeOffset Time(string value) => DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private static int Find(IReadOnlyList<KqlToken> tokens, params string[] values)
        => FindOrNone(tokens, values) is var at and >= 0 ? at : throw new FormatException($"The query has no '{string.Join(' ', values)}'.");

    private static string? At(IReadOnlyList<KqlToken> tokens, int index)
        => index >= 0 && index < tokens.Count && tokens[index].Kind != KqlTokenKind.StringLiteral ? tokens[index].Value : null;

    private static int Count(IReadOnlyList<KqlToken> tokens, params string[] values)
        => Enumerable.Range(0, Math.Max(0, tokens.Count - values.Length + 1))
            .Count(i => values.Select((v, j) => tokens[i + j].Kind != KqlTokenKind.StringLiteral && tokens[i + j].Value == v).All(b => b));

    private static int FindOrNone(IReadOnlyList<KqlToken> tokens, params string[] values)
    {
        for (var i = 0; i + values.Length <= tokens.Count; i++)
        {
            if (values.Select((v, j) => tokens[i + j].Kind != KqlTokenKind.StringLiteral && tokens[i + j].Value == v).All(b => b))
            {
                return i;
            }
        }

        return -1;
    }
}
