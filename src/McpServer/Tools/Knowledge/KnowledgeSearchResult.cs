namespace SreBot.McpServer.Tools.Knowledge;

public sealed record KnowledgeSearchResult(SourceInfo Source, string Query, string Ranking, IReadOnlyList<KnowledgePassageView> Passages);
