namespace SreBot.Shared.Knowledge;

/// <summary>A search hit: a passage, where it is, and its bm25 score (higher is better).</summary>
/// <param name="HasEveryWord">The passage holds every word of the query; such passages rank before those holding only some.</param>
public sealed record KnowledgePassage(string DocumentId, string DocumentName, int Position, string? Heading, string Text, double Score, bool HasEveryWord);
