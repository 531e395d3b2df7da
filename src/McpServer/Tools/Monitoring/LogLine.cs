namespace SreBot.McpServer.Tools.Monitoring;

/// <summary>One log line. <paramref name="Message"/> is untrusted text from the estate.</summary>
public sealed record LogLine(DateTimeOffset Time, string Level, string Source, string Message);
