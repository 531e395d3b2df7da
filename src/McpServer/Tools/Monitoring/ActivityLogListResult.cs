namespace SreBot.McpServer.Tools.Monitoring;

public sealed record ActivityLogListResult(SourceInfo Source, string ResourceGroup, DateTimeOffset Start, DateTimeOffset End, IReadOnlyList<ActivityLogEntry> Events);
