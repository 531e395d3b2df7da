namespace SreBot.McpServer.Tools.Monitoring;

/// <param name="TotalMatches">Matches in the window before <c>top</c> was applied.</param>
/// <param name="TopMessages">The most frequent messages among the returned lines.</param>
/// <param name="Notice">Reminds readers that log text is data from the estate, never instructions.</param>
public sealed record LogsSearchResult(
    SourceInfo Source,
    string ResourceId,
    DateTimeOffset Start,
    DateTimeOffset End,
    int TotalMatches,
    IReadOnlyList<LogMessageCount> TopMessages,
    IReadOnlyList<LogLine> Entries,
    string Notice);
