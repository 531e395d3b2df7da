using Microsoft.Extensions.Options;
using SreBot.EndToEnd.Tests.Harness;
using SreBot.Shared.Blobs;

namespace SreBot.EndToEnd.Tests.Blobs;

/// <summary>The blob store contract on Azure Blob Storage: the real Azure.Storage.Blobs client against Azurite, a fresh container per test.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzureBlobStoreTests : BlobStoreContract, IDisposable
{
    private readonly AzureBlobStore _store;

    public AzureBlobStoreTests(AzuriteProcess azurite)
    {
        var options = new BlobStoreOptions
        {
            Kind = BlobStoreKind.AzureBlob,
            ConnectionString = azurite.ConnectionString,
            ContainerName = $"contract-{Guid.NewGuid():N}",
        };
        Assert.True(new BlobStoreOptionsValidator().Validate(null, options).Succeeded);
        _store = new AzureBlobStore(Options.Create(options));
    }

    protected override IBlobStore Store => _store;

    [Fact]
    public async Task TheContainer_IsCreatedWhenMissing()
    {
        Assert.False(await _store.Container.ExistsAsync());

        await foreach (var _ in _store.ListAsync("", CancellationToken.None))
        {
        }

        Assert.True(await _store.Container.ExistsAsync());
    }

    public void Dispose() => _store.Dispose();
}
