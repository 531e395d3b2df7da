namespace SreBot.Shared.Estate;

/// <summary>One log line. <paramref name="Message"/> is untrusted text from the estate.</summary>
public sealed record LogEntry(DateTimeOffset TimeGenerated, LogSeverity Level, string Message, string Source);
