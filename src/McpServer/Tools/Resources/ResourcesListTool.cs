using System.ComponentModel;
using Microsoft.Extensions.Options;
using ModelContextProtocol.Server;
using SreBot.Shared.AgentAccess;
using SreBot.Shared.Estate;
using SreBot.Shared.Policy;

namespace SreBot.McpServer.Tools.Resources;

[McpServerToolType]
public sealed class ResourcesListTool(IEstateProvider estate, IOptions<AgentOptions> agentOptions)
{
    public const string Name = "resources_list";

    [ScopeTarget(TargetKind.ResourceGroup, "resourceGroup")]
    [McpServerTool(Name = Name, Title = "List resources in a resource group",
        ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = false, UseStructuredContent = true)]
    [Description("Lists the Azure resources in one resource group that SreBot is associated with. Use this first to find a resource's full id " +
                 "(other tools take resourceId). Returns id, name, type, location, SKU, instance count, state and tags for each resource.")]
    public async Task<ResourcesListResult> ListAsync(
        [Description("Resource group name, e.g. 'rg-shop-prod', or its full ARM id.")] string resourceGroup,
        [Description("Subscription id (GUID). Optional; defaults to SreBot's configured subscription.")] string? subscription = null,
        [Description("Optional resource type filter, e.g. 'Microsoft.Web/sites'.")] string? resourceType = null,
        CancellationToken cancellationToken = default)
    {
        var group = ToolArguments.ResourceGroup(resourceGroup, subscription, agentOptions.Value.Subscription);
        var resources = await estate.ListResourcesAsync(group, string.IsNullOrWhiteSpace(resourceType) ? null : resourceType.Trim(), cancellationToken);
        return new ResourcesListResult(SourceInfo.From(estate.Provenance), group.Display, resources.Count, [.. resources.Select(ResourceSummary.From)]);
    }
}
