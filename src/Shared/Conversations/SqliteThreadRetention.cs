using SreBot.Shared.Retention;
using SreBot.Shared.Storage;

namespace SreBot.Shared.Conversations;

/// <summary>
/// Thread retention: threads whose last change is before the cut-off go with their messages, traces and card links,
/// the same way <see cref="IConversationStore.DeleteThreadAsync"/> erases one (freed pages overwritten, WAL checkpointed).
/// </summary>
internal sealed class SqliteThreadRetention(SqliteDatabase database) : IRetainedData
{
    public string DataType => RetainedDataTypes.Threads;

    public Task<int> PurgeOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
        => database.EraseAsync(SqliteConversationStore.DeleteThreadsBeforeSql, cancellationToken, ("$cutoff", SqliteTime.Write(cutoff)));
}
