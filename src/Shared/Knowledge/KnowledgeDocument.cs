namespace SreBot.Shared.Knowledge;

/// <summary>A knowledge document's metadata. The original is a blob; its chunks are in the search index.</summary>
/// <param name="Id">Random id, <c>kd_…</c>.</param>
/// <param name="ContentType"><c>text/markdown</c> or <c>text/plain</c>.</param>
/// <param name="Sha256">Hex SHA-256 of the stored bytes.</param>
/// <param name="UploadedBy">The uploader, or null once that link was erased (the document stays: it is the organisation's).</param>
public sealed record KnowledgeDocument(
    string Id,
    string Name,
    string ContentType,
    long SizeBytes,
    string Sha256,
    int ChunkCount,
    string BlobName,
    string? UploadedBy,
    DateTimeOffset UploadedAt);
