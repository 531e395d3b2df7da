using SreBot.Shared.Knowledge;

namespace SreBot.Bot.Api;

/// <summary>A knowledge document's metadata; <paramref name="Content"/> only when one document is read.</summary>
public sealed record KnowledgeDocumentView(
    string Id, string Name, string ContentType, long SizeBytes, string Sha256, int Passages, string? UploadedBy, DateTimeOffset UploadedAt, string? Content = null)
{
    public static KnowledgeDocumentView From(KnowledgeDocument document, string? content = null)
        => new(document.Id, document.Name, document.ContentType, document.SizeBytes, document.Sha256, document.ChunkCount, document.UploadedBy, document.UploadedAt, content);
}
