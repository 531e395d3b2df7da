using Microsoft.Extensions.Options;
using SreBot.Bot.Tests.Infrastructure;

namespace SreBot.Bot.Tests.Privacy;

/// <summary>The host refuses to start with a storage account key in configuration, and says to use managed identity.</summary>
public sealed class BlobStoreConfigurationTests
{
    [Fact]
    public void AccountKeyConnectionString_StopsTheHost_WithAClearMessage()
    {
        using var app = new SreBotApp(new Dictionary<string, string?>
        {
            ["Storage:Blobs:Kind"] = "AzureBlob",
            ["Storage:Blobs:ConnectionString"] = "DefaultEndpointsProtocol=https;AccountName=contoso;AccountKey=c2VjcmV0a2V5;EndpointSuffix=core.windows.net",
        });

        var refused = Assert.Throws<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains("Storage:Blobs:ConnectionString is accepted only for the Azurite emulator", refused.Message, StringComparison.Ordinal);
        Assert.Contains("managed identity", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("c2VjcmV0a2V5", refused.Message, StringComparison.Ordinal);
    }
}
