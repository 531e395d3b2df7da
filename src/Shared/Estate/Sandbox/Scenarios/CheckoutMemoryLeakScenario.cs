using SreBot.Shared.Estate.Sandbox.Catalog;
using static SreBot.Shared.Estate.Sandbox.Catalog.SandboxEstate;
using SreBot.Shared.Estate.Sandbox.Simulation;
using SreBot.Shared.Estate.Diagnosis;

namespace SreBot.Shared.Estate.Sandbox.Scenarios;

/// <summary>
/// The default: release 4.18.0 of the checkout API went out about two hours before its memory began to climb; the
/// working set has been growing ever since, and for the last half hour allocations fail (OutOfMemoryException, HTTP
/// 500/503) and latency is up. A restart frees the memory. Staging runs the same release but too little traffic to notice.
/// </summary>
internal static class CheckoutMemoryLeakScenario
{
    private static readonly TimeSpan LeakStart = TimeSpan.FromMinutes(-105);

    public static SandboxScenario Create() => new(
        SandboxScenarioNames.CheckoutMemoryLeak,
        "app-checkout-api leaks memory since a deployment; OutOfMemoryException and HTTP 5xx rise with memory until it is restarted.",
        new ExpectedFinding(
            CheckoutApiId,
            RemediationKind.Restart,
            "app-checkout-api is leaking memory: its working set has grown steadily for well over an hour, starting about two hours "
            + "after release 4.18.0 was deployed, until allocations fail with OutOfMemoryException and requests return HTTP 500/503.",
            "Restart app-checkout-api to release the memory now, then roll back or fix release 4.18.0 (PriceSnapshotCache keeps growing) "
            + "before the leak builds up again.",
            [
                "MemoryWorkingSet of app-checkout-api rising steadily",
                "OutOfMemoryException in AppServiceAppLogs",
                "Http5xx rising with memory",
                "HttpResponseTime up",
                "Resource Health Degraded (low memory)",
                "Deployment of 4.18.0 about two hours before the leak started",
            ]),
        [
            new SandboxIncident(
                "checkout-api memory leak",
                [new SandboxEffect(CheckoutApiId) { Start = LeakStart, RampUp = TimeSpan.FromMinutes(110), LeakedBytes = 3.4 * ByteSize.GiB }],
                [
                    new ScriptedActivity(CheckoutApiId, LeakStart - TimeSpan.FromHours(2), "Microsoft.Web/sites/deployments/write",
                        SandboxRoutineActivities.DeployPipeline, "Deployment of checkout-api 4.18.0 (commit 9c41e7a) to app-checkout-api succeeded.",
                        DeployedVersion: "4.18.0"),
                    new ScriptedActivity(CheckoutApiStagingId, LeakStart - TimeSpan.FromHours(26), "Microsoft.Web/sites/deployments/write",
                        SandboxRoutineActivities.DeployPipeline, "Deployment of checkout-api 4.18.0 (commit 9c41e7a) to app-checkout-api-stg succeeded.",
                        DeployedVersion: "4.18.0"),
                ],
                IncidentResolution.Restart(CheckoutApiId)),
        ]);
}
