namespace SreBot.Shared.Traces;

/// <summary>Investigation traces, kept per chat thread.</summary>
public interface IInvestigationTraceStore
{
    Task SaveAsync(InvestigationTrace trace, CancellationToken cancellationToken);

    /// <summary>The thread's traces, newest first, each with its steps in call order.</summary>
    Task<IReadOnlyList<InvestigationTrace>> ListForThreadAsync(string threadId, int limit, CancellationToken cancellationToken);

    /// <summary>The trace <paramref name="traceId"/> with its steps, when it was recorded in <paramref name="threadId"/>; otherwise null.</summary>
    Task<InvestigationTrace?> GetInThreadAsync(string threadId, string traceId, CancellationToken cancellationToken);

    /// <summary>The traces the user asked for, wherever they ran, oldest first, each with its steps in call order.</summary>
    Task<IReadOnlyList<InvestigationTrace>> ListRequestedByAsync(string userId, CancellationToken cancellationToken);

    /// <summary>Deletes the traces the user asked for with their steps, overwriting the freed pages; returns how many went.</summary>
    Task<int> DeleteRequestedByAsync(string userId, CancellationToken cancellationToken);

    /// <summary>Deletes the traces that finished before the cut-off with their steps (their threads stay), as erasure does.</summary>
    Task<int> DeleteFinishedBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}
