using System.ComponentModel;
using ModelContextProtocol.Server;
using SreBot.Shared.Estate;
using SreBot.Shared.Policy;
using SreBot.Shared.Scope;

namespace SreBot.McpServer.Tools.Remediation;

[McpServerToolType]
public sealed class ResourceScaleTool(IEstateProvider estate)
{
    public const string Name = "resource_scale";

    [ScopeTarget(TargetKind.Resource, "resourceId")]
    [McpServerTool(Name = Name, Title = "Scale a resource out or in (needs approval)",
        ReadOnly = false, Destructive = true, Idempotent = true, OpenWorld = false, UseStructuredContent = false)]
    [Description("Requests a change of an instance count (a web app through its App Service plan, a plan, a VM scale set, or a container app's replicas), as the estate supports, e.g. to scale out under CPU saturation. Nothing happens at once: the call returns " +
                 "{status: pending_approval, approvalId, expiresAt}, and the change runs once, only after a different person with the approver role approves it. " +
                 "Scaling in removes capacity. Only available in Privileged mode to operators.")]
    public async Task<RemediationResult> ScaleAsync(
        [Description("Full ARM resource id of the web app, plan, scale set or container app to scale.")] string resourceId,
        [Description("The instance count wanted, 1 to 30.")] int instanceCount,
        [Description("Why the change is needed, shown to the approver.")] string reason,
        CancellationToken cancellationToken = default)
    {
        var target = await TargetAsync(resourceId, instanceCount, cancellationToken);
        var result = await estate.ScaleAsync(target, instanceCount, cancellationToken);
        return RemediationResult.From(estate.Provenance, result);
    }

    /// <summary>Before an approval is created (and again when it runs): the count is within <see cref="ScaleLimits"/>, the resource exists and scales.</summary>
    [RequestCheck(Name)]
    public Task CheckAsync(string resourceId, int instanceCount, CancellationToken cancellationToken = default) => TargetAsync(resourceId, instanceCount, cancellationToken);

    private async Task<ResourceId> TargetAsync(string resourceId, int instanceCount, CancellationToken cancellationToken)
    {
        ToolArguments.Range(instanceCount, nameof(instanceCount), instanceCount, ScaleLimits.MinInstanceCount, ScaleLimits.MaxInstanceCount);
        var target = ToolArguments.ResourceId(resourceId);
        await estate.ValidateScaleAsync(target, instanceCount, cancellationToken);
        return target;
    }
}
