using static SreBot.Shared.Estate.Sandbox.Catalog.SandboxEstate;
using SreBot.Shared.Estate.Diagnosis;

namespace SreBot.Shared.Estate.Sandbox.Scenarios;

/// <summary>
/// The orders database has been unavailable for 25 minutes because of an Azure platform problem. The checkout API itself
/// is healthy (memory, CPU, Resource Health), but every request that needs the database times out after 15 seconds.
/// Nothing SreBot can do to the app fixes it.
/// </summary>
internal static class DependencyOutageScenario
{
    private static readonly TimeSpan OutageStart = TimeSpan.FromMinutes(-25);

    public static SandboxScenario Create() => new(
        SandboxScenarioNames.DependencyOutage,
        "sqldb-orders is down (platform outage); app-checkout-api is healthy but its calls to the database fail.",
        new ExpectedFinding(
            OrdersDatabaseId,
            RemediationKind.EscalateDependency,
            "The Azure SQL database sqldb-orders has been unavailable for about 25 minutes (Resource Health: Unavailable, Unplanned); "
            + "app-checkout-api is healthy itself, but the requests that need the database time out after 15 s and return HTTP 500 (SqlException 40613).",
            "Do not restart or scale app-checkout-api. Follow the Azure SQL outage in Service Health, open a support case for sqldb-orders, "
            + "and consider failing over to its geo-secondary if the outage continues.",
            [
                "Resource Health of sqldb-orders Unavailable",
                "SqlException error 40613 in app-checkout-api logs",
                "connection_failed of sqldb-orders high, connection_successful zero",
                "HttpResponseTime of app-checkout-api up (15 s timeouts)",
                "Resource Health of app-checkout-api Available; memory and CPU normal",
            ]),
        [
            new SandboxIncident(
                "sqldb-orders platform outage",
                [new SandboxEffect(OrdersDatabaseId) { Start = OutageStart, Unavailable = true }],
                [
                    new ScriptedActivity(OrdersDatabaseId, OutageStart + TimeSpan.FromMinutes(2), "Microsoft.ResourceHealth/healthevent/Activated/action",
                        "Microsoft.ResourceHealth", "Resource Health: sqldb-orders is Unavailable (Unplanned). Azure engineers are investigating.", Status: "Active"),
                ],
                Resolution: null),
        ]);
}
