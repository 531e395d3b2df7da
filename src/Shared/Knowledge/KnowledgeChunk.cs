namespace SreBot.Shared.Knowledge;

/// <summary>One searchable passage of a document.</summary>
/// <param name="Position">0-based order of the passage in its document.</param>
/// <param name="Heading">The Markdown heading path the passage sits under (e.g. <c>Runbook › Steps</c>), or null.</param>
public sealed record KnowledgeChunk(int Position, string? Heading, string Text);
