namespace SreBot.Shared.Approvals;

/// <summary>
/// Runs an approved action's stored arguments through the tool call path (implemented by the MCP server,
/// which owns the tools). The workflow has already claimed the approval, so this runs at most once per approval.
/// </summary>
public interface IApprovedActionRunner
{
    Task<ApprovedActionResult> RunAsync(Approval approval, CancellationToken cancellationToken);
}
