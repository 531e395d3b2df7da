using System.ComponentModel;
using ModelContextProtocol.Server;
using SreBot.Shared.Estate;
using SreBot.Shared.Policy;

namespace SreBot.McpServer.Tools.Health;

[McpServerToolType]
public sealed class ResourceHealthGetTool(IEstateProvider estate)
{
    public const string Name = "resource_health_get";

    [ScopeTarget(TargetKind.Resource, "resourceId")]
    [McpServerTool(Name = Name, Title = "Get resource health",
        ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = false, UseStructuredContent = true)]
    [Description("Gets the current Azure Resource Health of a resource: Available, Degraded, Unavailable or Unknown, with a summary and reason. " +
                 "Use this at the start of an investigation to see whether the platform already reports a problem.")]
    public async Task<ResourceHealthResult> GetAsync(
        [Description("Full ARM resource id of the resource to check.")] string resourceId,
        CancellationToken cancellationToken = default)
    {
        var health = await estate.GetHealthAsync(ToolArguments.ResourceId(resourceId), cancellationToken);
        return new ResourceHealthResult(
            SourceInfo.From(estate.Provenance),
            health.ResourceId.Display,
            health.AvailabilityState,
            health.Summary,
            health.ReasonType,
            health.OccurredTime);
    }
}
