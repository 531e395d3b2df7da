using SreBot.Shared.Retention;

namespace SreBot.Shared.Conversations;

/// <summary>
/// Thread retention: threads whose last change is before the cut-off go with their messages, traces and card links,
/// the same way <see cref="IConversationStore.DeleteThreadAsync"/> erases one.
/// </summary>
internal sealed class ThreadRetention(IConversationStore conversations) : IRetainedData
{
    public string DataType => RetainedDataTypes.Threads;

    public Task<int> PurgeOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
        => conversations.DeleteThreadsChangedBeforeAsync(cutoff, cancellationToken);
}
