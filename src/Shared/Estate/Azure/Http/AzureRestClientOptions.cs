using Azure.Core;

namespace SreBot.Shared.Estate.Azure.Http;

/// <summary>Azure.Core client options for <see cref="AzureRestClient"/>: retries (429 honouring <c>Retry-After</c>, transient 5xx with jitter) and a network timeout.</summary>
internal sealed class AzureRestClientOptions : ClientOptions
{
    public AzureRestClientOptions(AzureEstateOptions options)
    {
        Retry.Mode = RetryMode.Exponential;
        Retry.MaxRetries = options.MaxRetries;
        Retry.Delay = options.RetryDelay;
        Retry.MaxDelay = options.MaxRetryDelay;
        Retry.NetworkTimeout = options.RequestTimeout;
        Diagnostics.IsLoggingContentEnabled = false;
        Diagnostics.IsTelemetryEnabled = false;
    }
}
