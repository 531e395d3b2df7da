namespace SreBot.McpServer.Tools.Monitoring;

public sealed record ActivityLogEntry(DateTimeOffset Time, string ResourceId, string ResourceName, string Operation, string Status, string Caller, string Description);
