using System.Text.Json.Nodes;
using SreBot.Shared.Scope;

namespace SreBot.Shared.Tests.Estate.Azure;

/// <summary>The resources the write tools act on, added to a fixture's world in the shapes of the azure-rest-api-specs examples.</summary>
internal static class AzureWriteEstate
{
    /// <summary>Registers the api-versions of every type the write tools use (Provider_Get shape) and returns the fixture.</summary>
    public static AzureEstateFixture WithWriteProviders(this AzureEstateFixture azure)
    {
        azure.World.Providers["Microsoft.Web"]["sites/slots"] = ["2024-04-01"];
        azure.World.Providers["Microsoft.Compute"]["virtualMachineScaleSets"] = ["2024-07-01"];
        azure.World.Providers["Microsoft.App"] = new() { ["containerApps"] = ["2025-01-01", "2024-10-02-preview"] };
        return azure;
    }

    public static ResourceId Id(this AzureEstateFixture azure, string relative) => ResourceId.Parse($"{azure.GroupId}/providers/{relative}");

    /// <summary>A deployment slot (Web Apps GetSlot).</summary>
    public static ResourceId AddSlot(this AzureEstateFixture azure, string site, string slot)
    {
        var id = azure.Id($"Microsoft.Web/sites/{site}/slots/{slot}");
        azure.World.AddResource(id.Display, new JsonObject
        {
            ["name"] = $"{site}/{slot}",
            ["type"] = "Microsoft.Web/sites/slots",
            ["kind"] = "app",
            ["location"] = "West Europe",
            ["properties"] = new JsonObject { ["state"] = "Running", ["enabled"] = true },
        });
        return id;
    }

    /// <summary>A virtual machine (VirtualMachines Get).</summary>
    public static ResourceId AddVirtualMachine(this AzureEstateFixture azure, string name)
    {
        var id = azure.Id($"Microsoft.Compute/virtualMachines/{name}");
        azure.World.AddResource(id.Display, new JsonObject
        {
            ["name"] = name,
            ["type"] = "Microsoft.Compute/virtualMachines",
            ["location"] = "westeurope",
            ["properties"] = new JsonObject
            {
                ["vmId"] = "0f47b100-583c-48e3-a4c0-aefc2c9bbcc1",
                ["hardwareProfile"] = new JsonObject { ["vmSize"] = "Standard_D2s_v3" },
                ["provisioningState"] = "Succeeded",
            },
        });
        return id;
    }

    /// <summary>A VM scale set (VirtualMachineScaleSets Get).</summary>
    public static ResourceId AddScaleSet(this AzureEstateFixture azure, string name, int capacity)
    {
        var id = azure.Id($"Microsoft.Compute/virtualMachineScaleSets/{name}");
        azure.World.AddResource(id.Display, new JsonObject
        {
            ["name"] = name,
            ["type"] = "Microsoft.Compute/virtualMachineScaleSets",
            ["location"] = "westeurope",
            ["sku"] = new JsonObject { ["name"] = "Standard_D2s_v3", ["tier"] = "Standard", ["capacity"] = capacity },
            ["properties"] = new JsonObject { ["upgradePolicy"] = new JsonObject { ["mode"] = "Manual" }, ["provisioningState"] = "Succeeded" },
        });
        return id;
    }

    /// <summary>A container app (ContainerApps Get) and its revisions (Revisions List): <paramref name="revisions"/> as (name, active, created).</summary>
    public static ResourceId AddContainerApp(this AzureEstateFixture azure, string name, int minReplicas, int maxReplicas, params (string Name, bool Active, string Created)[] revisions)
    {
        var id = azure.Id($"Microsoft.App/containerApps/{name}");
        azure.World.AddResource(id.Display, new JsonObject
        {
            ["name"] = name,
            ["type"] = "Microsoft.App/containerApps",
            ["location"] = "West Europe",
            ["properties"] = new JsonObject
            {
                ["provisioningState"] = "Succeeded",
                ["latestRevisionName"] = revisions.LastOrDefault().Name,
                ["template"] = new JsonObject
                {
                    ["containers"] = new JsonArray(new JsonObject { ["name"] = name, ["image"] = "repo/testcontainerapp0:v1" }),
                    ["scale"] = new JsonObject { ["minReplicas"] = minReplicas, ["maxReplicas"] = maxReplicas },
                },
            },
        });
        azure.World.Answers[$"{id.Display}/revisions"] = new JsonObject
        {
            ["value"] = new JsonArray([.. revisions.Select(r => (JsonNode)new JsonObject
            {
                ["id"] = $"{id.Display}/revisions/{r.Name}",
                ["name"] = r.Name,
                ["type"] = "Microsoft.App/containerApps/revisions",
                ["properties"] = new JsonObject
                {
                    ["createdTime"] = r.Created,
                    ["fqdn"] = $"{r.Name}.example.azurecontainerapps.io",
                    ["active"] = r.Active,
                    ["replicas"] = r.Active ? 1 : 0,
                    ["trafficWeight"] = r.Active ? 100 : 0,
                    ["healthState"] = "Healthy",
                    ["provisioningState"] = "Provisioned",
                },
            })]),
        };
        return id;
    }

    /// <summary>The write requests (POST, PUT, PATCH) the world received, faulted ones included.</summary>
    public static int WriteRequests(this AzureEstateFixture azure)
        => azure.World.Requests.Count(r => r.Method is "POST" or "PUT" or "PATCH");
}
