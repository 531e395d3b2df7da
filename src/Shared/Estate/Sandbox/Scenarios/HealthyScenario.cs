using SreBot.Shared.Estate.Diagnosis;

namespace SreBot.Shared.Estate.Sandbox.Scenarios;

/// <summary>Nothing is wrong: every resource runs at its normal daily pattern.</summary>
internal static class HealthyScenario
{
    public static SandboxScenario Create() => new(
        SandboxScenarioNames.Healthy,
        "Everything runs normally; only the routine background changes appear in the activity log.",
        new ExpectedFinding(
            null,
            RemediationKind.None,
            "No incident: metrics follow their usual daily pattern, error rates are at baseline and Resource Health is Available everywhere.",
            "No action is needed.",
            ["Http5xx at baseline", "Resource Health Available", "no recent deployment of app-checkout-api"]),
        []);
}
