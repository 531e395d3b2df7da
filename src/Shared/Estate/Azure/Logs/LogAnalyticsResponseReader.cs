using System.Globalization;
using System.Text.Json;
using SreBot.Shared.Scope;

namespace SreBot.Shared.Estate.Azure.Logs;

/// <summary>
/// Reads the Log Analytics query answer (<c>tables[0].columns/rows</c>) of a <see cref="LogAnalyticsQueryBuilder"/> query as a
/// <see cref="LogSearchResult"/>. Columns are found by name; values may come as JSON strings or numbers, as the service sends
/// either. Messages are bounded; an answer of another shape is an <see cref="EstateUnavailableException"/>, never a crash.
/// </summary>
internal static class LogAnalyticsResponseReader
{
    /// <summary>Longest message kept per line; the rest is cut and marked.</summary>
    public const int MaxMessageLength = 4_000;

    private const int MaxSourceLength = 100;

    public static LogSearchResult Read(ResourceId resourceId, JsonElement answer)
    {
        if (answer.ValueKind != JsonValueKind.Object
            || !answer.TryGetProperty("tables", out var tables) || tables.ValueKind != JsonValueKind.Array || tables.GetArrayLength() == 0)
        {
            throw Unreadable("it has no result table");
        }

        var table = tables[0];
        if (!table.TryGetProperty("columns", out var columns) || columns.ValueKind != JsonValueKind.Array
            || !table.TryGetProperty("rows", out var rows) || rows.ValueKind != JsonValueKind.Array)
        {
            throw Unreadable("the result table has no columns or rows");
        }

        var names = columns.EnumerateArray()
            .Select((c, i) => (Name: c.TryGetProperty("name", out var n) ? n.GetString() : null, Index: i))
            .Where(c => c.Name is not null)
            .GroupBy(c => c.Name!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Index, StringComparer.Ordinal);
        var time = Column(names, "TimeGenerated");
        var level = Column(names, "Level");
        var message = Column(names, "Message");
        var source = Column(names, "Source");
        var total = Column(names, LogAnalyticsQueryBuilder.TotalColumn);

        var entries = new List<LogEntry>();
        var totalMatches = 0;
        foreach (var row in rows.EnumerateArray())
        {
            if (row.ValueKind != JsonValueKind.Array || row.GetArrayLength() < names.Count)
            {
                throw Unreadable("a row does not match the columns");
            }

            entries.Add(new LogEntry(Time(row[time]), Level(row[level]), Bounded(Text(row[message]), MaxMessageLength), Bounded(Text(row[source]), MaxSourceLength)));
            totalMatches = Math.Max(totalMatches, Count(row[total]));
        }

        return new LogSearchResult(resourceId, entries, Math.Max(totalMatches, entries.Count));
    }

    private static int Column(Dictionary<string, int> names, string name)
        => names.TryGetValue(name, out var index) ? index : throw Unreadable($"the column {name} is missing");

    private static DateTimeOffset Time(JsonElement value)
        => value.ValueKind == JsonValueKind.String
           && DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at)
            ? at
            : throw Unreadable("a TimeGenerated value is not a time");

    private static LogSeverity Level(JsonElement value)
        => Enum.TryParse<LogSeverity>(Text(value), ignoreCase: false, out var level) && Enum.IsDefined(level) ? level : LogSeverity.Information;

    private static int Count(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number when value.TryGetInt64(out var n) => (int)Math.Clamp(n, 0, int.MaxValue),
        JsonValueKind.String when long.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) => (int)Math.Clamp(n, 0, int.MaxValue),
        _ => 0,
    };

    private static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Null or JsonValueKind.Undefined => string.Empty,
        _ => value.GetRawText(),
    };

    private static string Bounded(string text, int max) => text.Length <= max ? text : text[..max] + "… (cut)";

    private static EstateUnavailableException Unreadable(string why) => new($"Log Analytics answered in a shape SreBot cannot read ({why}).");
}
