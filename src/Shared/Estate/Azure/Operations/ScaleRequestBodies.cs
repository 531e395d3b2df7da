using System.Text.Json.Nodes;

namespace SreBot.Shared.Estate.Azure.Operations;

/// <summary>
/// The PATCH bodies that set an instance count: <c>sku.capacity</c> for an App Service plan or a VM scale set, and for a
/// container app fixed replicas (<c>template.scale.minReplicas = maxReplicas = count</c>, so it runs exactly that many).
/// </summary>
internal static class ScaleRequestBodies
{
    public static JsonObject SkuCapacity(int instanceCount) => new() { ["sku"] = new JsonObject { ["capacity"] = instanceCount } };

    public static JsonObject ContainerAppReplicas(int instanceCount) => new()
    {
        ["properties"] = new JsonObject
        {
            ["template"] = new JsonObject
            {
                ["scale"] = new JsonObject { ["minReplicas"] = instanceCount, ["maxReplicas"] = instanceCount },
            },
        },
    };
}
