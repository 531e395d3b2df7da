using SreBot.Shared.Retention;
using SreBot.Shared.Storage;

namespace SreBot.Shared.Traces;

/// <summary>
/// Trace retention: investigation traces that finished before the cut-off go with their steps (the thread stays);
/// freed pages are overwritten and the WAL checkpointed, as for thread erasure.
/// </summary>
internal sealed class SqliteTraceRetention(SqliteDatabase database) : IRetainedData
{
    public string DataType => RetainedDataTypes.Traces;

    public Task<int> PurgeOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
        => database.EraseAsync("DELETE FROM investigation_traces WHERE finished_at < $cutoff", cancellationToken, ("$cutoff", SqliteTime.Write(cutoff)));
}
