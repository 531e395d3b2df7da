namespace SreBot.Shared.Blobs;

/// <summary>
/// Settings of the blob store (section <c>Storage:Blobs</c>). <see cref="BlobStoreKind.AzureBlob"/> needs
/// <see cref="ServiceUri"/> (reached with <c>DefaultAzureCredential</c>, i.e. managed identity in Azure) or, for the
/// Azurite emulator only, <see cref="ConnectionString"/>. Checked at start by <see cref="BlobStoreOptionsValidator"/>.
/// </summary>
public sealed class BlobStoreOptions
{
    public const string SectionName = "Storage:Blobs";

    public const string DefaultContainerName = "srebot";

    public BlobStoreKind Kind { get; set; } = BlobStoreKind.Local;

    /// <summary>The storage account's blob endpoint, e.g. <c>https://contoso.blob.core.windows.net</c>.</summary>
    public Uri? ServiceUri { get; set; }

    /// <summary>The container SreBot keeps its blobs in; created when missing.</summary>
    public string ContainerName { get; set; } = DefaultContainerName;

    /// <summary>Only for the Azurite emulator (<c>UseDevelopmentStorage=true</c> or the <c>devstoreaccount1</c> account on loopback).</summary>
    public string? ConnectionString { get; set; }
}
