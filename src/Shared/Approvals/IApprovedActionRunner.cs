namespace SreBot.Shared.Approvals;

/// <summary>
/// Runs an approved action's stored arguments through the tool call path (implemented by the MCP server,
/// which owns the tools). It claims the approval first, so an action runs at most once.
/// </summary>
public interface IApprovedActionRunner
{
    Task<ApprovedActionResult> RunAsync(Approval approval, CancellationToken cancellationToken);
}
