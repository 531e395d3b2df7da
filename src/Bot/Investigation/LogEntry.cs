namespace SreBot.Bot.Investigation;

/// <summary>One error line. <paramref name="Message"/> is untrusted text from the estate.</summary>
public sealed record LogEntry(DateTimeOffset Time, string Message);
