namespace SreBot.Shared.Estate;

/// <summary>
/// A structured log search (never raw KQL): entries whose message contains <paramref name="Text"/>
/// (case-insensitive, optional), at or above <paramref name="MinimumLevel"/>, newest first, at most <paramref name="Top"/>.
/// </summary>
public sealed record LogSearchQuery(string? Text, LogSeverity MinimumLevel, DateTimeOffset Start, DateTimeOffset End, int Top);
