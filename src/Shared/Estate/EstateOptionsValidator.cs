using Microsoft.Extensions.Options;

namespace SreBot.Shared.Estate;

/// <summary>Refuses at start a provider that is not built yet (<c>Azure</c>) or that does not exist.</summary>
internal sealed class EstateOptionsValidator : IValidateOptions<EstateOptions>
{
    private const string Setting = $"{EstateOptions.SectionName}:{nameof(EstateOptions.Provider)}";

    public ValidateOptionsResult Validate(string? name, EstateOptions options)
    {
        if (EstateProviders.IsSandbox(options.Provider))
        {
            return ValidateOptionsResult.Success;
        }

        return string.Equals(options.Provider.Trim(), EstateProviders.Azure, StringComparison.OrdinalIgnoreCase)
            ? ValidateOptionsResult.Fail($"{Setting} '{EstateProviders.Azure}' is not built yet; use '{EstateProviders.Sandbox}' for now.")
            : ValidateOptionsResult.Fail($"{Setting} '{Bounded(options.Provider)}' is not an estate provider. Valid values: {string.Join(", ", EstateProviders.All)} ({EstateProviders.Azure} is not built yet).");
    }

    private static string Bounded(string value) => value.Length > 40 ? value[..40] + "…" : value;
}
