namespace SreBot.Shared.Knowledge;

/// <summary>A search hit: a passage, where it is, and its bm25 score (higher is better).</summary>
public sealed record KnowledgePassage(string DocumentId, string DocumentName, int Position, string? Heading, string Text, double Score);
