using SreBot.Shared.Retention;

namespace SreBot.Shared.Traces;

/// <summary>
/// Trace retention: investigation traces that finished before the cut-off go with their steps (the thread stays);
/// freed pages are overwritten, as for thread erasure.
/// </summary>
internal sealed class TraceRetention(IInvestigationTraceStore traces) : IRetainedData
{
    public string DataType => RetainedDataTypes.Traces;

    public Task<int> PurgeOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
        => traces.DeleteFinishedBeforeAsync(cutoff, cancellationToken);
}
