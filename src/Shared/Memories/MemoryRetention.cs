using SreBot.Shared.Retention;

namespace SreBot.Shared.Memories;

/// <summary>Memories are never edited, so "last changed" is when they were created.</summary>
internal sealed class MemoryRetention(IMemoryStore store) : IRetainedData
{
    public string DataType => "memories";

    public async Task<int> PurgeOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
        => await store.DeleteAsync(await store.IdsCreatedBeforeAsync(cutoff, cancellationToken), cancellationToken);
}
