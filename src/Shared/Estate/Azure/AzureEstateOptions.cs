namespace SreBot.Shared.Estate.Azure;

/// <summary>
/// Section <c>Estate:Azure</c>: where the Azure provider sends its requests and with which token audiences. The
/// defaults are the public cloud's; override them for a sovereign cloud or a test fake. Validated at start.
/// </summary>
public sealed class AzureEstateOptions
{
    public const string SectionName = "Estate:Azure";

    /// <summary>Azure Resource Manager, e.g. <c>https://management.azure.com/</c>.</summary>
    public Uri ResourceManagerEndpoint { get; set; } = new("https://management.azure.com/");

    /// <summary>Log Analytics query API; the provider appends <c>v1/...</c>.</summary>
    public Uri LogAnalyticsEndpoint { get; set; } = new("https://api.loganalytics.io/");

    public string ResourceManagerAudience { get; set; } = "https://management.azure.com/.default";

    public string LogAnalyticsAudience { get; set; } = "https://api.loganalytics.io/.default";

    /// <summary>Network timeout of one HTTP attempt.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a long-running write operation is polled before SreBot stops waiting.</summary>
    public TimeSpan OperationPollTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Retries of a throttled (429, honouring <c>Retry-After</c>) or transient (5xx, with jitter) request.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>First retry delay when Azure gives no <c>Retry-After</c>; grows exponentially with jitter.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest wait between two retries.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);
}
