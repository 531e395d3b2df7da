namespace SreBot.Shared.Memories;

/// <summary>
/// Memories and their full-text index. Reads that serve a user take that user's id and role presence and filter by
/// visibility in the query itself, before ranking: a private memory never reaches another user.
/// </summary>
public interface IMemoryStore
{
    Task AddAsync(Memory memory, CancellationToken cancellationToken);

    Task<Memory?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>The user's own memories, then team memories (when <paramref name="seesTeam"/>), newest first.</summary>
    Task<IReadOnlyList<Memory>> ListVisibleAsync(string userId, bool seesTeam, int limit, CancellationToken cancellationToken);

    /// <summary>Memories visible to the user that match the text (bm25 order, best first).</summary>
    Task<IReadOnlyList<Memory>> SearchVisibleAsync(string userId, bool seesTeam, string text, int limit, CancellationToken cancellationToken);

    /// <summary>Every memory the user authored (private and team).</summary>
    Task<IReadOnlyList<Memory>> ListOwnedAsync(string userId, CancellationToken cancellationToken);

    /// <summary>Deletes the memories from the table and the index so that nothing of them stays in the database files.</summary>
    Task<int> DeleteAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken);

    /// <summary>Ids of the memories created before the cut-off.</summary>
    Task<IReadOnlyList<string>> IdsCreatedBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}
