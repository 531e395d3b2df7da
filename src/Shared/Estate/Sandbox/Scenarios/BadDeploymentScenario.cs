using SreBot.Shared.Estate.Sandbox.Catalog;
using static SreBot.Shared.Estate.Sandbox.Catalog.SandboxEstate;
using SreBot.Shared.Estate.Diagnosis;

namespace SreBot.Shared.Estate.Sandbox.Scenarios;

/// <summary>
/// Release 4.19.0 of the checkout API went out 35 minutes ago and a fifth of checkout submissions have failed with a
/// NullReferenceException ever since. Memory and CPU are normal; a restart changes nothing; a rollback is needed.
/// </summary>
internal static class BadDeploymentScenario
{
    private static readonly TimeSpan Deployment = TimeSpan.FromMinutes(-35);

    public static SandboxScenario Create() => new(
        SandboxScenarioNames.BadDeployment,
        "A deployment of app-checkout-api is followed at once by a spike of HTTP 500s from a NullReferenceException.",
        new ExpectedFinding(
            CheckoutApiId,
            RemediationKind.RollbackDeployment,
            "Release 4.19.0 of app-checkout-api, deployed about 35 minutes ago, fails checkout submissions with a NullReferenceException "
            + "in PromotionEngine.Apply; HTTP 5xx jumped right at the deployment while memory, CPU and dependencies are normal.",
            "Roll app-checkout-api back to 4.18.3 (redeploy the previous build or swap the staging slot back); a restart or scale-out will not help.",
            [
                "Deployment of 4.19.0 right before the 5xx spike",
                "NullReferenceException in PromotionEngine.Apply in AppServiceAppLogs",
                "Http5xx steps up at the deployment time",
                "MemoryWorkingSet and CpuTime normal",
                "Resource Health Available",
            ]),
        [
            new SandboxIncident(
                "checkout-api 4.19.0 regression",
                [
                    new SandboxEffect(CheckoutApiId)
                    {
                        Start = Deployment,
                        CodeErrorRate = 0.2,
                        CodeFailure = new CodeFailure(
                            "POST /api/checkout/submit",
                            "System.NullReferenceException",
                            "Object reference not set to an instance of an object.",
                            "at Contoso.Shop.Checkout.Promotions.PromotionEngine.Apply(Cart cart, PromotionContext context) in /src/Checkout.Api/Promotions/PromotionEngine.cs:line 87"),
                    },
                ],
                [
                    new ScriptedActivity(CheckoutApiId, Deployment, "Microsoft.Web/sites/deployments/write", SandboxRoutineActivities.DeployPipeline,
                        "Deployment of checkout-api 4.19.0 (commit e03b5d2) to app-checkout-api succeeded.", DeployedVersion: "4.19.0"),
                    new ScriptedActivity(CheckoutApiId, TimeSpan.FromHours(-27), "Microsoft.Web/sites/deployments/write", SandboxRoutineActivities.DeployPipeline,
                        "Deployment of checkout-api 4.18.3 (commit 5a7f210) to app-checkout-api succeeded.", DeployedVersion: "4.18.3"),
                ],
                Resolution: null),
        ]);
}
