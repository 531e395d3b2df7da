namespace SreBot.Shared.Traces;

/// <summary>Investigation traces, kept per chat thread.</summary>
public interface IInvestigationTraceStore
{
    Task SaveAsync(InvestigationTrace trace, CancellationToken cancellationToken);

    /// <summary>The thread's traces, newest first, each with its steps in call order.</summary>
    Task<IReadOnlyList<InvestigationTrace>> ListForThreadAsync(string threadId, int limit, CancellationToken cancellationToken);
}
