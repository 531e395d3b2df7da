using SreBot.Shared.Scope;
using static SreBot.Shared.Estate.Sandbox.Catalog.SandboxEstate;
using SreBot.Shared.Estate.Diagnosis;

namespace SreBot.Shared.Estate.Sandbox.Scenarios;

/// <summary>
/// A flash sale quadruples traffic to the shop; the three P1v3 workers of asp-shop-prod run out of CPU, requests queue
/// (latency up, some 503s). Scaling the plan out to six or more instances relieves it; the surge itself lasts six hours.
/// </summary>
internal static class CpuSaturationScenario
{
    public const int RelievingInstanceCount = 6;

    private static readonly TimeSpan SurgeStart = TimeSpan.FromMinutes(-50);

    public static SandboxScenario Create() => new(
        SandboxScenarioNames.CpuSaturation,
        "A traffic surge saturates the CPU of the shop's App Service plan; it needs a scale-out.",
        new ExpectedFinding(
            CheckoutApiId,
            RemediationKind.ScaleOut,
            "A traffic surge (about four times the usual requests to app-checkout-api and app-storefront-web) saturates the CPU of "
            + "App Service plan asp-shop-prod: requests queue, response times are many times normal and some requests fail with HTTP 503. "
            + "Memory, dependencies and the code are fine.",
            $"Scale out app-checkout-api's plan asp-shop-prod from 3 to at least {RelievingInstanceCount} instances; restarting will not help.",
            [
                "Requests several times normal",
                "CpuPercentage of asp-shop-prod near 100 %",
                "HttpResponseTime many times normal",
                "HTTP 503 and thread pool starvation warnings in logs",
                "Resource Health Degraded (high CPU)",
            ],
            RelievingInstanceCount),
        [
            new SandboxIncident(
                "shop flash sale",
                [
                    Surge(CheckoutApiId, 4.5),
                    Surge(StorefrontWebId, 3.5),
                ],
                [],
                IncidentResolution.ScaleOut(ShopProdPlanId, RelievingInstanceCount)),
        ]);

    private static SandboxEffect Surge(ResourceId site, double factor) => new(site)
    {
        Start = SurgeStart,
        RampUp = TimeSpan.FromMinutes(10),
        Duration = TimeSpan.FromHours(6),
        EndsWhenResolved = false,
        TrafficFactor = factor,
    };
}
