namespace SreBot.McpServer.Tools.Monitoring;

/// <summary>A distinct message among the returned lines and how often it occurs.</summary>
public sealed record LogMessageCount(string Message, int Count);
