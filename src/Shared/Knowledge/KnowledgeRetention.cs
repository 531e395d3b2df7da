using SreBot.Shared.Retention;

namespace SreBot.Shared.Knowledge;

/// <summary>Documents are never edited (a new version is a new upload), so "last changed" is when they were uploaded.</summary>
internal sealed class KnowledgeRetention(IKnowledgeStore store, KnowledgeLibrary library) : IRetainedData
{
    public string DataType => "knowledge";

    public async Task<int> PurgeOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var expired = await store.ListUploadedBeforeAsync(cutoff, cancellationToken);
        foreach (var document in expired)
        {
            await library.PurgeAsync(document, cancellationToken);
        }

        return expired.Count;
    }
}
