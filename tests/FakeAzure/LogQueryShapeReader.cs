using System.Globalization;

namespace SreBot.FakeAzure;

/// <summary>
/// Reads the parts of a SreBot log query from its tokens (<see cref="KqlLexer"/>): the union's tables, the
/// <c>between</c> window, the <c>Level in (…)</c> list, the <c>Message contains</c> literal's value and <c>top</c>.
/// For the fake Log Analytics to answer from; a query of another shape is refused as the service would (bad request).
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
        if (tables.Count == 0 || tokens[between + 2].Kind != KqlTokenKind.DatetimeLiteral || tokens[between + 4].Kind != KqlTokenKind.DatetimeLiteral
            || tokens[top].Kind != KqlTokenKind.Number || (contains >= 0 && tokens[contains + 3].Kind != KqlTokenKind.StringLiteral))
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
