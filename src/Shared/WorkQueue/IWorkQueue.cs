namespace SreBot.Shared.WorkQueue;

/// <summary>
/// A durable queue in the database. An item is enqueued once per <c>(kind, key)</c> while it is queued; a worker claims
/// items with a lease (one statement, so of several replicas one gets each item), and completes (deletes) what it finished.
/// An item whose worker died is claimed again once its lease has passed on the injected clock: delivery is at least once,
/// so the work must be idempotent; two live workers never hold the same item.
/// </summary>
public interface IWorkQueue
{
    /// <summary>Queues an item; false when an item with this kind and key is already queued (nothing changes then).</summary>
    Task<bool> EnqueueAsync(string kind, string key, string payload, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Claims up to <paramref name="limit"/> items of <paramref name="kind"/>, oldest first, that nobody holds (never claimed,
    /// or their lease passed by <paramref name="now"/>), for <paramref name="holder"/> until <paramref name="leaseUntil"/>.
    /// </summary>
    Task<IReadOnlyList<WorkItem>> ClaimAsync(string kind, string holder, DateTimeOffset now, DateTimeOffset leaseUntil, int limit, CancellationToken cancellationToken);

    /// <summary>Removes an item the holder finished; false when its lease passed to someone else (who will do it again).</summary>
    Task<bool> CompleteAsync(long id, string holder, CancellationToken cancellationToken);

    /// <summary>How many items of <paramref name="kind"/> are queued (claimed or not).</summary>
    Task<int> CountAsync(string kind, CancellationToken cancellationToken);
}
