namespace SreBot.Shared.Approvals;

/// <summary>
/// Told by <see cref="ApprovalWorkflow"/> after every change of an approval's state (decided, executed or failed, expired,
/// interrupted, cancelled), so every place that shows the approval (the Teams cards) shows its state now. Implementations
/// must not throw for a surface that cannot be reached; the workflow logs and carries on if one does.
/// </summary>
public interface IApprovalEvents
{
    Task ChangedAsync(Approval approval, CancellationToken cancellationToken);
}
