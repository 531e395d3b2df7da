using System.ComponentModel;
using ModelContextProtocol;
using ModelContextProtocol.Server;
using SreBot.Shared.Approvals;

namespace SreBot.McpServer.Tools.Approvals;

[McpServerToolType]
public sealed class ApprovalGetTool(ApprovalWorkflow approvals)
{
    public const string Name = "approval_get";

    private static readonly SourceInfo Source = new("srebot", false, "Approval records kept by SreBot.");

    [NoScopeTarget("Reads an approval record kept by SreBot, not the estate; the approval's own target was checked when it was created.")]
    [McpServerTool(Name = Name, Title = "Get an approval request",
        ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = false, UseStructuredContent = true)]
    [Description("Gets an approval request created by a write tool (resource_restart, resource_scale): its status (Pending, Approved, Executing, Executed, " +
                 "Failed, Rejected, Expired, Cancelled), who decided it and when, the result, and its full history. Approvals are decided by people, " +
                 "never through this server.")]
    public async Task<ApprovalGetResult> GetAsync(
        [Description("The approvalId returned by the write tool, e.g. 'apr_…'.")] string approvalId,
        CancellationToken cancellationToken = default)
    {
        var approval = await approvals.GetAsync(approvalId.Trim(), cancellationToken) ?? throw new McpException($"There is no approval with id '{approvalId}'.");
        return new ApprovalGetResult(Source, ApprovalView.From(approval));
    }
}
