using SreBot.Shared.Blobs;

namespace SreBot.Shared.Tests.Blobs;

/// <summary>Blob settings are checked at start: a real account key or SAS in configuration stops the host with a message.</summary>
public sealed class BlobStoreOptionsValidatorTests
{
    private const string EmulatorKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    [Theory]
    [InlineData("UseDevelopmentStorage=true")]
    [InlineData("usedevelopmentstorage=TRUE")]
    [InlineData($"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={EmulatorKey};BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;")]
    [InlineData($"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={EmulatorKey};BlobEndpoint=http://localhost:41234/devstoreaccount1")]
    [InlineData($"AccountName=devstoreaccount1;AccountKey={EmulatorKey}")]
    public void EmulatorConnectionStrings_AreAccepted(string connectionString)
        => Assert.True(Validate(new BlobStoreOptions { Kind = BlobStoreKind.AzureBlob, ConnectionString = connectionString }).Succeeded);

    [Theory]
    [InlineData("DefaultEndpointsProtocol=https;AccountName=contoso;AccountKey=c2VjcmV0;EndpointSuffix=core.windows.net")]
    [InlineData($"DefaultEndpointsProtocol=https;AccountName=devstoreaccount1;AccountKey={EmulatorKey};BlobEndpoint=https://contoso.blob.core.windows.net/")]
    [InlineData("BlobEndpoint=https://contoso.blob.core.windows.net/;SharedAccessSignature=sv=2024-01-01&sig=abc")]
    [InlineData("UseDevelopmentStorage=true;DevelopmentStorageProxyUri=http://evil.example")]
    [InlineData("not a connection string")]
    public void OtherConnectionStrings_AreRefused_WithAPointerToManagedIdentity(string connectionString)
    {
        var result = Validate(new BlobStoreOptions { Kind = BlobStoreKind.AzureBlob, ConnectionString = connectionString });

        Assert.True(result.Failed);
        Assert.Contains("managed identity", result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("c2VjcmV0", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://contoso.blob.core.windows.net", "srebot", true)]
    [InlineData("http://127.0.0.1:10000/devstoreaccount1", "srebot", true)]
    [InlineData("http://contoso.blob.core.windows.net", "srebot", false)]
    [InlineData("https://contoso.blob.core.windows.net/?sv=2024&sig=abc", "srebot", false)]
    [InlineData("https://contoso.blob.core.windows.net", "Bad_Name", false)]
    [InlineData("https://contoso.blob.core.windows.net", "ab", false)]
    [InlineData("https://contoso.blob.core.windows.net", "a--b", false)]
    public void ServiceUri_AndContainer_AreChecked(string serviceUri, string container, bool valid)
        => Assert.Equal(valid, Validate(new BlobStoreOptions { Kind = BlobStoreKind.AzureBlob, ServiceUri = new Uri(serviceUri), ContainerName = container }).Succeeded);

    [Fact]
    public void AzureBlob_WithoutServiceUriOrConnectionString_IsRefused()
        => Assert.Contains("ServiceUri", Validate(new BlobStoreOptions { Kind = BlobStoreKind.AzureBlob }).FailureMessage, StringComparison.Ordinal);

    [Fact]
    public void Local_NeedsNothingElse()
        => Assert.True(Validate(new BlobStoreOptions()).Succeeded);

    private static Microsoft.Extensions.Options.ValidateOptionsResult Validate(BlobStoreOptions options) => new BlobStoreOptionsValidator().Validate(null, options);
}
