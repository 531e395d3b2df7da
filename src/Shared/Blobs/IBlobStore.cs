namespace SreBot.Shared.Blobs;

/// <summary>
/// Files SreBot keeps: knowledge document originals and data exports. The embedded default is a folder under the data
/// directory; scale-out uses Azure Blob Storage. Names are validated by <see cref="BlobName"/>.
/// </summary>
public interface IBlobStore
{
    /// <summary>Writes the blob, replacing any blob of that name. Readers never see a half-written blob.</summary>
    Task WriteAsync(string name, Stream content, CancellationToken cancellationToken);

    /// <summary>The blob's content, or null when there is no such blob. The caller disposes the stream.</summary>
    Task<Stream?> OpenReadAsync(string name, CancellationToken cancellationToken);

    /// <summary>False when there was no such blob.</summary>
    Task<bool> DeleteAsync(string name, CancellationToken cancellationToken);

    /// <summary>Names of the blobs that start with <paramref name="prefix"/> (empty for all), in ordinal order.</summary>
    IAsyncEnumerable<string> ListAsync(string prefix, CancellationToken cancellationToken);
}
