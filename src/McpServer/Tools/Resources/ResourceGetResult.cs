namespace SreBot.McpServer.Tools.Resources;

public sealed record ResourceGetResult(SourceInfo Source, ResourceSummary Resource);
