using static SreBot.Shared.Estate.Sandbox.Catalog.SandboxEstate;
using SreBot.Shared.Estate.Diagnosis;

namespace SreBot.Shared.Estate.Sandbox.Scenarios;

/// <summary>The checkout API logs many warnings (retries that succeed, slow requests, deprecations), but nothing is wrong.</summary>
internal static class NoisyHealthyScenario
{
    public static SandboxScenario Create() => new(
        SandboxScenarioNames.NoisyHealthy,
        "app-checkout-api logs a steady stream of harmless warnings; metrics and health are normal.",
        new ExpectedFinding(
            CheckoutApiId,
            RemediationKind.None,
            "No incident: app-checkout-api logs many warnings (successful retries, slow requests, deprecated endpoints, missing feature "
            + "flags), but error rates, latency, memory and CPU are at baseline and Resource Health is Available.",
            "No action is needed now; consider lowering the noise (log levels, retry logging) in a normal work item.",
            ["Many Warning lines, few Error lines", "Http5xx at baseline", "HttpResponseTime normal", "Resource Health Available"]),
        [
            new SandboxIncident(
                "checkout-api log noise",
                [
                    new SandboxEffect(CheckoutApiId) { Start = TimeSpan.FromHours(-12), WarningsPerMinute = 4 },
                    new SandboxEffect(StorefrontWebId) { Start = TimeSpan.FromHours(-12), WarningsPerMinute = 1 },
                ],
                [],
                Resolution: null),
        ]);
}
