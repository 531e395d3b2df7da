using System.ComponentModel;
using ModelContextProtocol.Server;
using SreBot.Shared.Estate;
using SreBot.Shared.Policy;

namespace SreBot.McpServer.Tools.Resources;

[McpServerToolType]
public sealed class ResourceGetTool(IEstateProvider estate)
{
    public const string Name = "resource_get";

    [ScopeTarget(TargetKind.Resource, "resourceId")]
    [McpServerTool(Name = Name, Title = "Get a resource",
        ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = false, UseStructuredContent = true)]
    [Description("Gets one Azure resource by its full ARM id: type, location, SKU, instance count, state and tags. " +
                 "Use this to confirm what a resource is before investigating it. Call resources_list to find ids.")]
    public async Task<ResourceGetResult> GetAsync(
        [Description("Full ARM resource id, e.g. '/subscriptions/{subscription}/resourceGroups/{group}/providers/Microsoft.Web/sites/{name}'.")] string resourceId,
        CancellationToken cancellationToken = default)
    {
        var id = ToolArguments.ResourceId(resourceId);
        var resource = await estate.GetResourceAsync(id, cancellationToken) ?? throw new EstateResourceNotFoundException(id);
        return new ResourceGetResult(SourceInfo.From(estate.Provenance), ResourceSummary.From(resource));
    }
}
