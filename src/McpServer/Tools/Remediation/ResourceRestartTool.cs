using System.ComponentModel;
using ModelContextProtocol.Server;
using SreBot.Shared.Estate;
using SreBot.Shared.Policy;
using SreBot.Shared.Scope;

namespace SreBot.McpServer.Tools.Remediation;

[McpServerToolType]
public sealed class ResourceRestartTool(IEstateProvider estate)
{
    public const string Name = "resource_restart";

    [ScopeTarget(TargetKind.Resource, "resourceId")]
    [McpServerTool(Name = Name, Title = "Restart a resource (needs approval)",
        ReadOnly = false, Destructive = true, Idempotent = false, OpenWorld = false, UseStructuredContent = false)]
    [Description("Requests a restart of a web app (or one of its slots), virtual machine or container app (its active revision), as the estate supports, e.g. to clear a memory leak. Nothing happens at once: the call returns " +
                 "{status: pending_approval, approvalId, expiresAt}, and the restart runs once, only after a different person with the approver role approves it. " +
                 "Only available in Privileged mode to operators. Use approval_get to follow the request.")]
    public async Task<RemediationResult> RestartAsync(
        [Description("Full ARM resource id of the web app, slot, VM or container app to restart.")] string resourceId,
        [Description("Why the restart is needed, shown to the approver, e.g. 'memory leak: MemoryPercentage 95%, OutOfMemoryException in logs'.")] string reason,
        CancellationToken cancellationToken = default)
    {
        var target = await TargetAsync(resourceId, cancellationToken);
        var result = await estate.RestartAsync(target, cancellationToken);
        return RemediationResult.From(estate.Provenance, result);
    }

    /// <summary>Before an approval is created (and again when it runs): the resource exists and is of a type that restarts.</summary>
    [RequestCheck(Name)]
    public Task CheckAsync(string resourceId, CancellationToken cancellationToken = default) => TargetAsync(resourceId, cancellationToken);

    private async Task<ResourceId> TargetAsync(string resourceId, CancellationToken cancellationToken)
    {
        var target = ToolArguments.ResourceId(resourceId);
        await estate.ValidateRestartAsync(target, cancellationToken);
        return target;
    }
}
