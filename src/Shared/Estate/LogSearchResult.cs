using SreBot.Shared.Scope;

namespace SreBot.Shared.Estate;

/// <summary>Matching entries (newest first) and how many matched in total before <c>Top</c> was applied.</summary>
public sealed record LogSearchResult(ResourceId ResourceId, IReadOnlyList<LogEntry> Entries, int TotalMatches);
