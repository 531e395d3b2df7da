namespace SreBot.Shared.Audit.Chain;

/// <summary>
/// An entry waiting for the writer. The caller may cancel it until the writer claims it, which happens after the
/// write lock is held; from then on the caller gets the record, or <see cref="AuditUnavailableException"/>.
/// </summary>
internal sealed class PendingAppend(AuditEntry entry, bool erasesActor)
{
    private const int Queued = 0;
    private const int Claimed = 1;
    private const int Cancelled = 2;

    private readonly TaskCompletionSource<AuditRecord> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _state = Queued;

    public AuditEntry Entry { get; } = entry;

    /// <summary>True for an erasure: the entry's user mapping is deleted instead of stored.</summary>
    public bool ErasesActor { get; } = erasesActor;

    public Task<AuditRecord> Completion => _completion.Task;

    public bool TryClaim() => Interlocked.CompareExchange(ref _state, Claimed, Queued) == Queued;

    public void Cancel(CancellationToken cancellationToken)
    {
        if (Interlocked.CompareExchange(ref _state, Cancelled, Queued) == Queued)
        {
            _completion.TrySetCanceled(cancellationToken);
        }
    }

    public void Complete(AuditRecord record) => _completion.TrySetResult(record);

    public void Fail(Exception exception) => _completion.TrySetException(exception);
}
