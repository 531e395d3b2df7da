using SreBot.Shared.Knowledge;

namespace SreBot.McpServer.Tools.Knowledge;

/// <summary>One ranked passage: the document it comes from, its position in it, the heading it sits under, its bm25 score (higher is better), and whether it holds every query word.</summary>
public sealed record KnowledgePassageView(string DocumentId, string DocumentName, int Position, string? Heading, string Text, double Score, bool HasEveryWord)
{
    public static KnowledgePassageView From(KnowledgePassage passage)
        => new(passage.DocumentId, passage.DocumentName, passage.Position, passage.Heading, passage.Text, passage.Score, passage.HasEveryWord);
}
