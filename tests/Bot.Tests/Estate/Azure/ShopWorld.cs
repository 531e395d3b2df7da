using System.Text.Json.Nodes;
using SreBot.FakeAzure;

namespace SreBot.Bot.Tests.Estate.Azure;

/// <summary>
/// The shop estate in a fake Azure world, shaped after the azure-rest-api-specs examples (Web Apps Get, App Service Plans
/// Get, Virtual Machines Get, ActivityLogs_List): two associated groups and <see cref="OtherGroup"/>, which is never associated.
/// </summary>
internal static class ShopWorld
{
    public const string ProdGroup = "rg-shop-prod";
    public const string StagingGroup = "rg-shop-staging";
    public const string OtherGroup = "rg-other";

    public static string GroupId(FakeWorld world, string group) => $"/subscriptions/{world.Subscription}/resourceGroups/{group}";

    public static string CheckoutApi(FakeWorld world) => $"{GroupId(world, ProdGroup)}/providers/Microsoft.Web/sites/app-checkout-api";

    public static string CheckoutPlan(FakeWorld world) => $"{GroupId(world, ProdGroup)}/providers/Microsoft.Web/serverfarms/plan-checkout";

    public static string BatchVm(FakeWorld world) => $"{GroupId(world, ProdGroup)}/providers/Microsoft.Compute/virtualMachines/vm-batch-01";

    public static string LedgerApi(FakeWorld world) => $"{GroupId(world, OtherGroup)}/providers/Microsoft.Web/sites/app-ledger-api";

    public static void Seed(FakeWorld world, DateTimeOffset now)
    {
        world.Providers["Microsoft.Web"] = new() { ["sites"] = ["2024-04-01", "2023-12-01"], ["serverfarms"] = ["2024-04-01"] };
        world.Providers["Microsoft.Compute"] = new() { ["virtualMachines"] = ["2024-07-01"] };

        AddWebApp(world, CheckoutApi(world), CheckoutPlan(world), capacity: 2);
        AddWebApp(world, $"{GroupId(world, StagingGroup)}/providers/Microsoft.Web/sites/app-checkout-api-stg", $"{GroupId(world, StagingGroup)}/providers/Microsoft.Web/serverfarms/plan-checkout-stg", capacity: 1);
        AddWebApp(world, LedgerApi(world), $"{GroupId(world, OtherGroup)}/providers/Microsoft.Web/serverfarms/plan-ledger", capacity: 2);
        world.AddResource(BatchVm(world), new JsonObject
        {
            ["name"] = "vm-batch-01",
            ["type"] = "Microsoft.Compute/virtualMachines",
            ["location"] = "westeurope",
            ["properties"] = new JsonObject { ["vmId"] = "0f47b100-583c-48e3-a4c0-aefc2c9bbcc1", ["provisioningState"] = "Succeeded", ["hardwareProfile"] = new JsonObject { ["vmSize"] = "Standard_D2s_v3" } },
        });
        world.Answers[$"{BatchVm(world)}/instanceView"] = new JsonObject
        {
            ["statuses"] = new JsonArray(
                new JsonObject { ["code"] = "ProvisioningState/succeeded", ["level"] = "Info", ["displayStatus"] = "Provisioning succeeded" },
                new JsonObject { ["code"] = "PowerState/running", ["level"] = "Info", ["displayStatus"] = "VM running" }),
        };

        world.Health[CheckoutApi(world)] = "Degraded";
        world.Metrics[CheckoutApi(world)] = new(StringComparer.OrdinalIgnoreCase)
        {
            ["MemoryWorkingSet"] = new("Bytes", [.. Enumerable.Range(0, 6).Select(i => (now.AddMinutes(-50 + (i * 10)), 600e6 + (i * 250e6)))]),
            ["Http5xx"] = new("Count", [.. Enumerable.Range(0, 6).Select(i => (now.AddMinutes(-50 + (i * 10)), (double)(i * i * 4)))]),
        };

        world.ActivityEvents.Enqueue(Event(world, CheckoutApi(world), ProdGroup, "Microsoft.Web/sites/write", now.AddHours(-3)));
        world.ActivityEvents.Enqueue(Event(world, LedgerApi(world), OtherGroup, "Microsoft.Web/sites/restart/action", now.AddHours(-2)));
    }

    private static void AddWebApp(FakeWorld world, string id, string plan, int capacity)
    {
        world.AddResource(plan, new JsonObject
        {
            ["name"] = plan[(plan.LastIndexOf('/') + 1)..],
            ["type"] = "Microsoft.Web/serverfarms",
            ["kind"] = "app",
            ["location"] = "West Europe",
            ["sku"] = new JsonObject { ["name"] = "P1v3", ["tier"] = "PremiumV3", ["size"] = "P1v3", ["family"] = "Pv3", ["capacity"] = capacity },
            ["properties"] = new JsonObject { ["numberOfSites"] = 1, ["provisioningState"] = "Succeeded" },
        });
        world.AddResource(id, new JsonObject
        {
            ["name"] = id[(id.LastIndexOf('/') + 1)..],
            ["type"] = "Microsoft.Web/sites",
            ["kind"] = "app",
            ["location"] = "West Europe",
            ["tags"] = new JsonObject { ["team"] = "shop" },
            ["properties"] = new JsonObject { ["state"] = "Running", ["serverFarmId"] = plan, ["enabled"] = true, ["defaultHostName"] = id[(id.LastIndexOf('/') + 1)..] + ".azurewebsites.net" },
        });
    }

    private static JsonObject Event(FakeWorld world, string resourceId, string group, string operation, DateTimeOffset at) => new()
    {
        ["caller"] = "deployer@contoso.com",
        ["correlationId"] = Guid.NewGuid().ToString(),
        ["description"] = string.Empty,
        ["eventDataId"] = Guid.NewGuid().ToString(),
        ["eventName"] = new JsonObject { ["value"] = "EndRequest", ["localizedValue"] = "End request" },
        ["category"] = new JsonObject { ["value"] = "Administrative", ["localizedValue"] = "Administrative" },
        ["eventTimestamp"] = at.UtcDateTime.ToString("O"),
        ["id"] = $"{resourceId}/events/{Guid.NewGuid():N}/ticks/{at.UtcTicks}",
        ["level"] = "Informational",
        ["operationName"] = new JsonObject { ["value"] = operation, ["localizedValue"] = operation },
        ["resourceGroupName"] = group,
        ["resourceProviderName"] = new JsonObject { ["value"] = "Microsoft.Web", ["localizedValue"] = "Microsoft.Web" },
        ["resourceId"] = resourceId,
        ["status"] = new JsonObject { ["value"] = "Succeeded", ["localizedValue"] = "Succeeded" },
        ["subscriptionId"] = world.Subscription,
        ["submissionTimestamp"] = at.AddSeconds(20).UtcDateTime.ToString("O"),
    };
}
