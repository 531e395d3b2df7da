using Microsoft.Extensions.Options;

namespace SreBot.Shared.Estate;

/// <summary>Refuses at start a provider that does not exist (the Azure provider validates its own section).</summary>
internal sealed class EstateOptionsValidator : IValidateOptions<EstateOptions>
{
    private const string Setting = $"{EstateOptions.SectionName}:{nameof(EstateOptions.Provider)}";

    public ValidateOptionsResult Validate(string? name, EstateOptions options)
        => EstateProviders.IsSandbox(options.Provider) || EstateProviders.IsAzure(options.Provider)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"{Setting} '{Bounded(options.Provider)}' is not an estate provider. Valid values: {string.Join(", ", EstateProviders.All)}.");

    private static string Bounded(string value) => value.Length > 40 ? value[..40] + "…" : value;
}
