using Microsoft.Extensions.Options;
using SreBot.Shared.Estate.Sandbox.Catalog;
using SreBot.Shared.Estate.Sandbox.Scenarios;

namespace SreBot.Shared.Estate.Sandbox;

/// <summary>Checks at start that the scenario, the denied resource groups and the extra log lines name things the sandbox has.</summary>
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

        for (var i = 0; i < options.ExtraLogLines.Count; i++)
        {
            failures.AddRange(ExtraLogLineFailures(options.ExtraLogLines[i], $"{SandboxOptions.SectionName}:{nameof(SandboxOptions.ExtraLogLines)}:{i}"));
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private IEnumerable<string> ExtraLogLineFailures(SandboxLogLine line, string key)
    {
        if (catalog.FindByName(line.Resource) is null)
        {
            yield return $"{key}:{nameof(SandboxLogLine.Resource)} '{line.Resource}' is not a sandbox resource. "
                + $"Valid resources: {string.Join(", ", catalog.Resources.Select(r => r.Name))}.";
        }

        if (!SandboxLogLine.TryParseLevel(line.Level, out _))
        {
            yield return $"{key}:{nameof(SandboxLogLine.Level)} '{line.Level}' is not a log level. Valid levels: {string.Join(", ", Enum.GetNames<LogSeverity>())}.";
        }

        if (string.IsNullOrWhiteSpace(line.Message) || line.Message.Length > SandboxLogLine.MaxMessageLength)
        {
            yield return $"{key}:{nameof(SandboxLogLine.Message)} must be non-empty and at most {SandboxLogLine.MaxMessageLength:N0} characters; it has {line.Message?.Length ?? 0:N0}.";
        }

        if (line.MinutesAgo < 0 || line.MinutesAgo > SandboxLogLine.MaxMinutesAgo)
        {
            yield return $"{key}:{nameof(SandboxLogLine.MinutesAgo)} must be between 0 and {SandboxLogLine.MaxMinutesAgo:N0} (the log retention); it was {line.MinutesAgo:N0}.";
        }
    }
}
