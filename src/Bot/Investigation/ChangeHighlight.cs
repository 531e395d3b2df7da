namespace SreBot.Bot.Investigation;

/// <summary>A recent change from the activity log.</summary>
public sealed record ChangeHighlight(DateTimeOffset Time, string Operation, string Status, string Caller);
