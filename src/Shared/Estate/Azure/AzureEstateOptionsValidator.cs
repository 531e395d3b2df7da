using Microsoft.Extensions.Options;
using SreBot.Shared.AgentAccess;

namespace SreBot.Shared.Estate.Azure;

/// <summary>
/// Refuses at start an Azure estate without a subscription or an associated resource group (section <c>Agent</c>),
/// endpoints that are not absolute https URLs, empty audiences and unbounded timeouts.
/// </summary>
internal sealed class AzureEstateOptionsValidator(IOptions<AgentOptions> agent) : IValidateOptions<AzureEstateOptions>
{
    private static readonly TimeSpan MaxRequestTimeout = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan MaxPollTimeout = TimeSpan.FromHours(1);

    public ValidateOptionsResult Validate(string? name, AzureEstateOptions options)
    {
        var failures = new List<string>();
        var scope = agent.Value;
        if (string.IsNullOrWhiteSpace(scope.Subscription))
        {
            failures.Add($"{AgentOptions.SectionName}:{nameof(AgentOptions.Subscription)} is required with {EstateOptions.SectionName}:{nameof(EstateOptions.Provider)}={EstateProviders.Azure}.");
        }

        if (!scope.ResourceGroups.Any(g => !string.IsNullOrWhiteSpace(g)))
        {
            failures.Add($"{AgentOptions.SectionName}:{nameof(AgentOptions.ResourceGroups)} needs at least one associated resource group with {EstateOptions.SectionName}:{nameof(EstateOptions.Provider)}={EstateProviders.Azure}.");
        }

        Endpoint(failures, nameof(AzureEstateOptions.ResourceManagerEndpoint), options.ResourceManagerEndpoint);
        Endpoint(failures, nameof(AzureEstateOptions.LogAnalyticsEndpoint), options.LogAnalyticsEndpoint);
        Audience(failures, nameof(AzureEstateOptions.ResourceManagerAudience), options.ResourceManagerAudience);
        Audience(failures, nameof(AzureEstateOptions.LogAnalyticsAudience), options.LogAnalyticsAudience);
        Duration(failures, nameof(AzureEstateOptions.RequestTimeout), options.RequestTimeout, MaxRequestTimeout);
        Duration(failures, nameof(AzureEstateOptions.OperationPollTimeout), options.OperationPollTimeout, MaxPollTimeout);
        Duration(failures, nameof(AzureEstateOptions.RetryDelay), options.RetryDelay, MaxRequestTimeout);
        Duration(failures, nameof(AzureEstateOptions.MaxRetryDelay), options.MaxRetryDelay, MaxRequestTimeout);
        if (options.MaxRetries is < 0 or > 10)
        {
            failures.Add($"{AzureEstateOptions.SectionName}:{nameof(AzureEstateOptions.MaxRetries)} must be between 0 and 10.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Endpoint(List<string> failures, string setting, Uri? value)
    {
        if (value is null || !value.IsAbsoluteUri || value.Scheme != Uri.UriSchemeHttps || !string.IsNullOrEmpty(value.Query))
        {
            failures.Add($"{AzureEstateOptions.SectionName}:{setting} must be an absolute https URL without a query.");
        }
    }

    private static void Audience(List<string> failures, string setting, string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || !value.EndsWith("/.default", StringComparison.Ordinal))
        {
            failures.Add($"{AzureEstateOptions.SectionName}:{setting} must be a token scope ending in '/.default'.");
        }
    }

    private static void Duration(List<string> failures, string setting, TimeSpan value, TimeSpan max)
    {
        if (value <= TimeSpan.Zero || value > max)
        {
            failures.Add($"{AzureEstateOptions.SectionName}:{setting} must be positive and at most {max}.");
        }
    }
}
