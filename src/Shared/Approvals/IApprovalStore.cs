namespace SreBot.Shared.Approvals;

/// <summary>
/// Durable approvals. Every state change is one conditional update in one transaction, so the guarantees
/// (one decision, one execution) hold across threads and across processes sharing the database.
/// </summary>
public interface IApprovalStore
{
    Task<Approval> CreateAsync(string id, ApprovalRequest request, string bindingHash, DateTimeOffset now, DateTimeOffset expiresAt, CancellationToken cancellationToken);

    Task<Approval?> GetAsync(string id, CancellationToken cancellationToken);

    Task<IReadOnlyList<Approval>> ListAsync(ApprovalStatus? status, int limit, CancellationToken cancellationToken);

    /// <summary>Pending → Approved or Rejected, only while pending and not expired at <paramref name="now"/>.</summary>
    Task<DecisionTransition> TryDecideAsync(string id, bool approve, string approver, string? comment, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Approved → Executing. True for exactly one caller per approval.</summary>
    Task<bool> TryClaimExecutionAsync(string id, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Executing → Executed or Failed, with the result as stored text.</summary>
    Task CompleteExecutionAsync(string id, bool succeeded, string result, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Pending and past expiry → Expired. Returns the ids it expired.</summary>
    Task<IReadOnlyList<string>> ExpireDueAsync(DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Every Pending (and Approved but not yet claimed) → Cancelled. Returns the ids it cancelled.</summary>
    Task<IReadOnlyList<string>> CancelOpenAsync(string actor, string reason, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>The open (Pending, or Approved but not yet claimed) approvals requested by one user → Cancelled. Returns the ids.</summary>
    Task<IReadOnlyList<string>> CancelOpenRequestedByAsync(string requestedBy, string actor, string reason, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Executing since before <paramref name="claimedBefore"/> (its process died) → Interrupted. Returns the ids.</summary>
    Task<IReadOnlyList<string>> InterruptAbandonedAsync(DateTimeOffset claimedBefore, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Records the finding that motivated a request, once: only while it is pending, has none yet, and was requested by
    /// <paramref name="requestedBy"/>. True when it was recorded.
    /// </summary>
    Task<bool> TrySetMotivationAsync(string id, string requestedBy, string motivation, CancellationToken cancellationToken);

    /// <summary>Adds a history step without changing status (e.g. a refused decision attempt).</summary>
    Task AddEventAsync(string id, ApprovalEvent approvalEvent, CancellationToken cancellationToken);

    /// <summary>The approvals the user requested, decided or took part in (any history step), oldest first, whole.</summary>
    Task<IReadOnlyList<Approval>> ListInvolvingAsync(string userId, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes the user's own requests (with their history and card links) and, in other people's approvals, replaces the
    /// user's id with <see cref="Privacy.ErasedUser.Marker"/> and drops the user's comments, overwriting the freed pages.
    /// Returns the requests deleted plus the decisions unlinked.
    /// </summary>
    Task<int> EraseUserAsync(string userId, CancellationToken cancellationToken);
}
