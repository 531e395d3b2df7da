using SreBot.Shared.Knowledge;

namespace SreBot.Bot.Api;

/// <summary>
/// A knowledge document's metadata; <paramref name="Content"/> only when one document is read, <paramref name="SecretsRedacted"/>
/// (how many secrets were removed from the upload before it was stored) only in the answer to an upload.
/// </summary>
public sealed record KnowledgeDocumentView(
    string Id, string Name, string ContentType, long SizeBytes, string Sha256, int Passages, string? UploadedBy, DateTimeOffset UploadedAt, string? Content = null,
    int? SecretsRedacted = null)
{
    public static KnowledgeDocumentView From(KnowledgeDocument document, string? content = null)
        => new(document.Id, document.Name, document.ContentType, document.SizeBytes, document.Sha256, document.ChunkCount, document.UploadedBy, document.UploadedAt, content);
}
