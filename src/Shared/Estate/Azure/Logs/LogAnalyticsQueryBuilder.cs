using System.Globalization;
using SreBot.Shared.Scope;

namespace SreBot.Shared.Estate.Azure.Logs;

/// <summary>
/// Builds the KQL for a <see cref="LogSearchQuery"/> from validated parameters only: the tables come from
/// <see cref="AzureLogTables"/>, the levels from <see cref="LogSeverity"/>, the times and counts are formatted numbers,
/// and the search text enters the query once, as a <see cref="KqlLiteral"/>. Rows are normalised to
/// (TimeGenerated, Level, Message, Source), filtered by time, level and text, newest first, at most Top, each carrying
/// the total number of matches.
/// </summary>
internal static class LogAnalyticsQueryBuilder
{
    public const int MaxTop = 1_000;

    /// <summary>Longest search text accepted (a log search for more than this is not a search).</summary>
    public const int MaxTextLength = 500;

    public const string TotalColumn = "TotalMatches";

    public static LogAnalyticsQuery Build(ResourceId resourceId, LogSearchQuery query)
    {
        var tables = AzureLogTables.For(resourceId.ResourceType)
            ?? throw new ArgumentException(
                $"'{resourceId.Name}' is a {resourceId.ResourceType ?? "resource group"}; logs can be searched for {string.Join(", ", AzureLogTables.SearchableTypes.Order(StringComparer.Ordinal))}.",
                nameof(resourceId));
        if (query.Start >= query.End)
        {
            throw new ArgumentException($"The log search window is empty: Start ({query.Start:O}) must be before End ({query.End:O}).", nameof(query));
        }

        if (query.Top is < 1 or > MaxTop)
        {
            throw new ArgumentException($"Top must be between 1 and {MaxTop:N0}; it was {query.Top}.", nameof(query));
        }

        if (!Enum.IsDefined(query.MinimumLevel))
        {
            throw new ArgumentException("The minimum level is not a log level.", nameof(query));
        }

        var text = string.IsNullOrWhiteSpace(query.Text) ? null : query.Text;
        if (text is { Length: > MaxTextLength })
        {
            throw new ArgumentException($"The search text is longer than {MaxTextLength} characters; search for a shorter part of the message.", nameof(query));
        }

        var levels = Enum.GetValues<LogSeverity>().Where(l => l >= query.MinimumLevel).Select(l => KqlLiteral.Quote(l.ToString()));
        var lines = new List<string>
        {
            "let matches = materialize(union isfuzzy=true",
            string.Join(",\n", tables.Select(t => $"    ({t.Name} | project TimeGenerated, RawLevel = {t.RawLevel}, Message = {t.Message}, Source = {KqlLiteral.Quote(t.Name)})")),
            $"| where TimeGenerated between ({Datetime(query.Start)} .. {Datetime(query.End)})",
            $"| extend Level = {NormalisedLevel}",
            $"| where Level in ({string.Join(", ", levels)})",
        };
        if (text is not null)
        {
            lines.Add($"| where Message contains {KqlLiteral.Quote(text)}");
        }

        lines[^1] += ");";
        lines.Add("let total = toscalar(matches | count);");
        lines.Add("matches");
        lines.Add(string.Create(CultureInfo.InvariantCulture, $"| top {query.Top} by TimeGenerated desc, Source asc, Message asc"));
        lines.Add($"| project TimeGenerated, Level, Message, Source, {TotalColumn} = total");

        return new LogAnalyticsQuery($"v1{resourceId.Display}/query", string.Join('\n', lines), $"{Instant(query.Start)}/{Instant(query.End)}");
    }

    // Each table's own level words, read as one of LogSeverity's names (anything unrecognised is Information).
    private const string NormalisedLevel =
        "case(RawLevel in~ (\"critical\", \"crit\", \"fatal\", \"emerg\", \"emergency\", \"alert\"), \"Critical\", " +
        "RawLevel in~ (\"error\", \"err\"), \"Error\", " +
        "RawLevel in~ (\"warning\", \"warn\"), \"Warning\", " +
        "RawLevel in~ (\"verbose\", \"debug\", \"trace\"), \"Verbose\", " +
        "\"Information\")";

    private static string Datetime(DateTimeOffset value) => $"datetime({Instant(value)})";

    private static string Instant(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
}
