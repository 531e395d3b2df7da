using System.ComponentModel;
using ModelContextProtocol.Server;
using SreBot.Shared.Estate;

namespace SreBot.McpServer.Tools.Remediation;

[McpServerToolType]
public sealed class ResourceScaleTool(IEstateProvider estate)
{
    public const int MaxInstances = 30;

    [McpServerTool(Name = "resource_scale", Title = "Scale a resource out or in (needs approval)",
        ReadOnly = false, Destructive = true, Idempotent = true, OpenWorld = false, UseStructuredContent = false)]
    [Description("Requests a change of a web app's instance count, e.g. to scale out under CPU saturation. Nothing happens at once: the call returns " +
                 "{status: pending_approval, approvalId, expiresAt}, and the change runs once, only after a different person with the approver role approves it. " +
                 "Scaling in removes capacity. Only available in Privileged mode to operators.")]
    public async Task<RemediationResult> ScaleAsync(
        [Description("Full ARM resource id of the web app to scale.")] string resourceId,
        [Description("The instance count wanted, 1 to 30.")] int instanceCount,
        [Description("Why the change is needed, shown to the approver.")] string reason,
        CancellationToken cancellationToken = default)
    {
        var count = ToolArguments.Range(instanceCount, nameof(instanceCount), instanceCount, 1, MaxInstances);
        var result = await estate.ScaleAsync(ToolArguments.ResourceId(resourceId), count, cancellationToken);
        return RemediationResult.From(estate.Provenance, result);
    }
}
