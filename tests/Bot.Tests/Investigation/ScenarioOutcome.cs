using SreBot.Shared.Estate.Sandbox.Scenarios;
using SreBot.Shared.Estate.Diagnosis;

namespace SreBot.Bot.Tests.Investigation;

/// <summary>What the analyzers concluded for one sandbox scenario, next to what the scenario expects.</summary>
public sealed record ScenarioOutcome(
    string Scenario,
    string Resource,
    ExpectedFinding Expected,
    RemediationKind Found,
    string? FoundResource,
    int? FoundInstanceCount,
    double Confidence,
    string RootCause)
{
    /// <summary>Right when the remediation kind matches, the remediation targets the expected resource, and a scale-out is big enough.</summary>
    public bool IsRight
        => Found == Expected.Remediation
            && (Expected.Remediation == RemediationKind.None
                || string.Equals(FoundResource, Expected.Resource?.Name, StringComparison.OrdinalIgnoreCase))
            && (Expected.MinimumInstanceCount is not { } minimum || FoundInstanceCount >= minimum);

    public override string ToString()
        => $"{Scenario} | {Expected.Remediation} {Expected.Resource?.Name ?? "-"} | {Found} {FoundResource ?? "-"} | {Confidence:P0}{(IsRight ? string.Empty : " ✗")}";
}
