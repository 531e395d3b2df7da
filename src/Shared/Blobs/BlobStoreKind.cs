namespace SreBot.Shared.Blobs;

/// <summary>Where blobs live (<c>Storage:Blobs:Kind</c>).</summary>
public enum BlobStoreKind
{
    /// <summary>A folder under the data directory (the embedded default).</summary>
    Local,

    /// <summary>An Azure Blob Storage container, reached with managed identity.</summary>
    AzureBlob,
}
