using Microsoft.Extensions.Options;

namespace SreBot.Bot.Agent;

/// <summary>Checks the <c>Llm</c> section at start, so a half-configured model is a clear error rather than a failing chat.</summary>
public sealed class LlmOptionsValidator : IValidateOptions<LlmOptions>
{
    public ValidateOptionsResult Validate(string? name, LlmOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        if (options.IsConfigured)
        {
            if (options.Endpoint is not { IsAbsoluteUri: true } endpoint || (endpoint.Scheme != Uri.UriSchemeHttps && endpoint.Scheme != Uri.UriSchemeHttp))
            {
                errors.Add($"Llm:Endpoint must be an absolute http(s) URL when Llm:Kind is {options.Kind}.");
            }
            else if (options.Kind == LlmKind.AzureOpenAI && endpoint.Scheme != Uri.UriSchemeHttps)
            {
                errors.Add("Llm:Endpoint must use https for AzureOpenAI (tokens are never sent over plain http).");
            }

            if (string.IsNullOrWhiteSpace(options.Model))
            {
                errors.Add(options.Kind == LlmKind.AzureOpenAI ? "Llm:Model must name the Azure OpenAI deployment." : "Llm:Model must name the model.");
            }
        }
        else if (options.Endpoint is not null || !string.IsNullOrWhiteSpace(options.Model))
        {
            errors.Add("Llm:Endpoint or Llm:Model is set but Llm:Kind is not: set Llm:Kind to AzureOpenAI or OpenAICompatible.");
        }

        if (options.Kind == LlmKind.AzureOpenAI && !string.IsNullOrEmpty(options.ApiKey))
        {
            errors.Add("Llm:ApiKey is not used for AzureOpenAI: SreBot reaches Azure OpenAI with a managed identity (Azure.Identity). Remove the key.");
        }

        if (options.MaxToolCallsPerTurn is < 1 or > 100)
        {
            errors.Add("Llm:MaxToolCallsPerTurn must be between 1 and 100.");
        }

        if (options.MaxTokensPerTurn < 1 || options.MaxTokensPerUserPerDay < 1)
        {
            errors.Add("Llm:MaxTokensPerTurn and Llm:MaxTokensPerUserPerDay must be positive.");
        }

        if (options.TurnTimeoutSeconds is < 1 or > 3600 || options.ProgressAfterSeconds < 0)
        {
            errors.Add("Llm:TurnTimeoutSeconds must be between 1 and 3600, and Llm:ProgressAfterSeconds not negative.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
