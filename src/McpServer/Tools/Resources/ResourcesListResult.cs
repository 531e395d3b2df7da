namespace SreBot.McpServer.Tools.Resources;

public sealed record ResourcesListResult(SourceInfo Source, string ResourceGroup, int Count, IReadOnlyList<ResourceSummary> Resources);
