namespace SreBot.EndToEnd.Tests.Harness;

/// <summary>What one run of the conformance suite printed and the per-scenario results it saved.</summary>
public sealed record ConformanceRun(ProcessResult Process, IReadOnlyDictionary<string, ConformanceScenarioResult> Scenarios)
{
    /// <summary>The named scenario's result; fails with the suite's output when the suite saved none.</summary>
    public ConformanceScenarioResult Scenario(string name) =>
        Scenarios.TryGetValue(name, out var result)
            ? result
            : throw new Xunit.Sdk.XunitException(
                $"The conformance suite saved no results for scenario {name} (saved: {string.Join(", ", Scenarios.Keys)}).\n{Process.Description}");
}
