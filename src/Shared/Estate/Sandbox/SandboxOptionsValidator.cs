using Microsoft.Extensions.Options;
using SreBot.Shared.Estate.Sandbox.Catalog;
using SreBot.Shared.Estate.Sandbox.Scenarios;

namespace SreBot.Shared.Estate.Sandbox;

/// <summary>Checks at start that the scenario and the denied resource groups name things the sandbox has.</summary>
internal sealed class SandboxOptionsValidator(SandboxScenarioCatalog scenarios, SandboxResourceCatalog catalog) : IValidateOptions<SandboxOptions>
{
    public ValidateOptionsResult Validate(string? name, SandboxOptions options)
    {
        var failures = new List<string>();
        if (!string.IsNullOrWhiteSpace(options.Scenario) && scenarios.Find(options.Scenario) is null)
        {
            failures.Add($"{SandboxOptions.SectionName}:{nameof(SandboxOptions.Scenario)} '{options.Scenario}' is not a sandbox scenario. "
                + $"Valid scenarios: {string.Join(", ", scenarios.Names)}.");
        }

        foreach (var group in options.DeniedWriteResourceGroups.Where(g => catalog.FindGroupByName(g) is null))
        {
            failures.Add($"{SandboxOptions.SectionName}:{nameof(SandboxOptions.DeniedWriteResourceGroups)} entry '{group}' is not a sandbox resource group. "
                + $"Valid resource groups: {string.Join(", ", catalog.ResourceGroups.Select(g => g.Name))}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
