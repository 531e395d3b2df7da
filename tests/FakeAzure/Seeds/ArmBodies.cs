using System.Text.Json.Nodes;

namespace SreBot.FakeAzure.Seeds;

/// <summary>
/// ARM resource bodies shaped after the azure-rest-api-specs examples (<c>WebApps_Get</c>, <c>AppServicePlans_Get</c>,
/// <c>VirtualMachines_Get</c>, <c>Databases_Get</c>, <c>Redis_Get</c>, <c>StorageAccounts_GetProperties</c>).
/// </summary>
internal static class ArmBodies
{
    public static JsonObject Plan(string name, string location, JsonObject tags, string sku, string tier, int capacity) => new()
    {
        ["name"] = name,
        ["type"] = "Microsoft.Web/serverfarms",
        ["kind"] = "app",
        ["location"] = location,
        ["tags"] = tags,
        ["sku"] = new JsonObject { ["name"] = sku, ["tier"] = tier, ["size"] = sku, ["family"] = sku[..1], ["capacity"] = capacity },
        ["properties"] = new JsonObject { ["status"] = "Ready", ["numberOfSites"] = 1, ["provisioningState"] = "Succeeded", ["reserved"] = false },
    };

    public static JsonObject Site(string name, string location, JsonObject tags, string planId) => new()
    {
        ["name"] = name,
        ["type"] = "Microsoft.Web/sites",
        ["kind"] = "app",
        ["location"] = location,
        ["tags"] = tags,
        ["properties"] = new JsonObject
        {
            ["state"] = "Running",
            ["enabled"] = true,
            ["hostNames"] = new JsonArray($"{name}.azurewebsites.net"),
            ["defaultHostName"] = $"{name}.azurewebsites.net",
            ["serverFarmId"] = planId,
            ["httpsOnly"] = true,
            ["availabilityState"] = "Normal",
            ["usageState"] = "Normal",
        },
    };

    public static JsonObject VirtualMachine(string name, string location, JsonObject tags, string size) => new()
    {
        ["name"] = name,
        ["type"] = "Microsoft.Compute/virtualMachines",
        ["location"] = location,
        ["tags"] = tags,
        ["properties"] = new JsonObject
        {
            ["vmId"] = "0f47b100-583c-48e3-a4c0-aefc2c9bbcc1",
            ["hardwareProfile"] = new JsonObject { ["vmSize"] = size },
            ["provisioningState"] = "Succeeded",
        },
    };

    /// <summary>A VM's <c>instanceView</c> (VirtualMachines_InstanceView): its provisioning and power state.</summary>
    public static JsonObject InstanceView(string powerCode, string powerDisplay) => new()
    {
        ["computerName"] = "vm-batch-01",
        ["osName"] = "ubuntu",
        ["statuses"] = new JsonArray(
            new JsonObject { ["code"] = "ProvisioningState/succeeded", ["level"] = "Info", ["displayStatus"] = "Provisioning succeeded" },
            new JsonObject { ["code"] = powerCode, ["level"] = "Info", ["displayStatus"] = powerDisplay }),
    };

    public static JsonObject SqlServer(string name, string location, JsonObject tags) => new()
    {
        ["name"] = name,
        ["type"] = "Microsoft.Sql/servers",
        ["kind"] = "v12.0",
        ["location"] = location,
        ["tags"] = tags,
        ["properties"] = new JsonObject { ["fullyQualifiedDomainName"] = $"{name}.database.windows.net", ["state"] = "Ready", ["version"] = "12.0" },
    };

    public static JsonObject SqlDatabase(string name, string location, JsonObject tags, string sku, string tier) => new()
    {
        ["name"] = name,
        ["type"] = "Microsoft.Sql/servers/databases",
        ["kind"] = "v12.0,user,vcore",
        ["location"] = location,
        ["tags"] = tags,
        ["sku"] = new JsonObject { ["name"] = sku, ["tier"] = tier },
        ["properties"] = new JsonObject { ["status"] = "Online", ["collation"] = "SQL_Latin1_General_CP1_CI_AS" },
    };

    public static JsonObject Redis(string name, string location, JsonObject tags) => new()
    {
        ["name"] = name,
        ["type"] = "Microsoft.Cache/Redis",
        ["location"] = location,
        ["tags"] = tags,
        ["properties"] = new JsonObject
        {
            ["provisioningState"] = "Succeeded",
            ["sku"] = new JsonObject { ["name"] = "Standard", ["family"] = "C", ["capacity"] = 1 },
            ["hostName"] = $"{name}.redis.cache.windows.net",
            ["sslPort"] = 6380,
        },
    };

    public static JsonObject Storage(string name, string location, JsonObject tags, string sku) => new()
    {
        ["name"] = name,
        ["type"] = "Microsoft.Storage/storageAccounts",
        ["kind"] = "StorageV2",
        ["location"] = location,
        ["tags"] = tags,
        ["sku"] = new JsonObject { ["name"] = sku, ["tier"] = "Standard" },
        ["properties"] = new JsonObject { ["provisioningState"] = "Succeeded", ["statusOfPrimary"] = "available" },
    };

    public static JsonObject Tags(string environment, string system, string owner, string costCenter, string? component = null)
    {
        var tags = new JsonObject { ["environment"] = environment, ["system"] = system, ["owner"] = owner, ["cost-center"] = costCenter };
        if (component is not null)
        {
            tags["component"] = component;
        }

        return tags;
    }
}
