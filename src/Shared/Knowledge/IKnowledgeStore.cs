namespace SreBot.Shared.Knowledge;

/// <summary>Knowledge document metadata and the full-text index of their passages (the originals are blobs).</summary>
public interface IKnowledgeStore
{
    /// <summary>How <see cref="SearchAsync"/> scores passages, for answers that name their ranking (e.g. <c>bm25 (SQLite FTS5)</c>).</summary>
    string Ranking { get; }

    Task AddAsync(KnowledgeDocument document, IReadOnlyList<KnowledgeChunk> chunks, CancellationToken cancellationToken);

    Task<KnowledgeDocument?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>Newest first.</summary>
    Task<IReadOnlyList<KnowledgeDocument>> ListAsync(int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Passages matching the query: those holding every query word first, then those holding some, each group by
    /// <see cref="Ranking"/> (headings weigh twice the body).
    /// </summary>
    Task<IReadOnlyList<KnowledgePassage>> SearchAsync(string query, int limit, CancellationToken cancellationToken);

    /// <summary>Deletes the document's row, passages and index entries so nothing of them stays in the database files.</summary>
    Task<bool> DeleteAsync(string id, CancellationToken cancellationToken);

    Task<IReadOnlyList<KnowledgeDocument>> ListUploadedByAsync(string userId, CancellationToken cancellationToken);

    /// <summary>Removes the user as uploader of every document; returns how many documents changed.</summary>
    Task<int> ForgetUploaderAsync(string userId, CancellationToken cancellationToken);

    Task<IReadOnlyList<KnowledgeDocument>> ListUploadedBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}
