namespace SreBot.McpServer.Tools.Monitoring;

/// <summary>A kind of message among the returned lines (see <see cref="LogMessagePattern"/>) and how often it occurs.</summary>
public sealed record LogMessageCount(string Message, int Count);
