using Azure.Core;
using Microsoft.Extensions.Options;

namespace SreBot.Shared.Estate.Azure.Http;

/// <summary>One <see cref="AzureRestClient"/> per endpoint: Resource Manager and Log Analytics, sharing SreBot's credential.</summary>
internal sealed class AzureRestClients(TokenCredential credential, IOptions<AzureEstateOptions> options)
{
    private readonly Lazy<AzureRestClient> arm = new(() => new AzureRestClient(options.Value.ResourceManagerEndpoint, options.Value.ResourceManagerAudience, credential, options.Value));
    private readonly Lazy<AzureRestClient> logAnalytics = new(() => new AzureRestClient(options.Value.LogAnalyticsEndpoint, options.Value.LogAnalyticsAudience, credential, options.Value));

    public AzureRestClient ResourceManager => arm.Value;

    public AzureRestClient LogAnalytics => logAnalytics.Value;
}
