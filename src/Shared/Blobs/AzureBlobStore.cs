using System.Runtime.CompilerServices;
using Azure;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Options;

namespace SreBot.Shared.Blobs;

/// <summary>
/// Blobs in an Azure Blob Storage container (scale-out). The account is reached with <see cref="DefaultAzureCredential"/>
/// (managed identity in Azure); a connection string is accepted only for the Azurite emulator (see
/// <see cref="BlobStoreOptionsValidator"/>). The container is created on first use. An upload is committed as a whole
/// (one Put Blob, or Put Block List after staging), so readers see the old content or the new one, never a mix.
/// </summary>
public sealed class AzureBlobStore : IBlobStore, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile bool _containerReady;

    public AzureBlobStore(IOptions<BlobStoreOptions> options)
    {
        var settings = options.Value;
        var service = string.IsNullOrWhiteSpace(settings.ConnectionString)
            ? new BlobServiceClient(settings.ServiceUri ?? throw new InvalidOperationException($"{BlobStoreOptions.SectionName}:ServiceUri is not set."), new DefaultAzureCredential())
            : new BlobServiceClient(settings.ConnectionString);
        Container = service.GetBlobContainerClient(settings.ContainerName);
    }

    /// <summary>The container, for diagnostics and tests that inspect what is stored.</summary>
    public BlobContainerClient Container { get; }

    public async Task WriteAsync(string name, Stream content, CancellationToken cancellationToken)
    {
        var blob = Container.GetBlobClient(BlobName.Validate(name));
        await EnsureContainerAsync(cancellationToken);
        await blob.UploadAsync(content, overwrite: true, cancellationToken);
    }

    public async Task<Stream?> OpenReadAsync(string name, CancellationToken cancellationToken)
    {
        var blob = Container.GetBlobClient(BlobName.Validate(name));
        try
        {
            var download = await blob.DownloadStreamingAsync(cancellationToken: cancellationToken);
            return download.Value.Content;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public async Task<bool> DeleteAsync(string name, CancellationToken cancellationToken)
    {
        var blob = Container.GetBlobClient(BlobName.Validate(name));
        try
        {
            var deleted = await blob.DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: cancellationToken);
            return deleted.Value;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return false; // the container itself is missing
        }
    }

    public async IAsyncEnumerable<string> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (!BlobName.IsValidPrefix(prefix))
        {
            throw new ArgumentException($"'{prefix}' is not a valid blob name prefix.", nameof(prefix));
        }

        await EnsureContainerAsync(cancellationToken);

        // The service lists in UTF-8 byte order, which is ordinal order for the ASCII names BlobName allows.
        var names = Container.GetBlobsAsync(new GetBlobsOptions { Prefix = prefix.Length == 0 ? null : prefix }, cancellationToken);
        await foreach (var item in names)
        {
            if (BlobName.IsValid(item.Name))
            {
                yield return item.Name;
            }
        }
    }

    public void Dispose() => _gate.Dispose();

    private async Task EnsureContainerAsync(CancellationToken cancellationToken)
    {
        if (_containerReady)
        {
            return;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (!_containerReady)
            {
                await Container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
                _containerReady = true;
            }
        }
        finally
        {
            _gate.Release();
        }
    }
}
