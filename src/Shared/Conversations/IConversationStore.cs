namespace SreBot.Shared.Conversations;

/// <summary>Chat threads and their messages, the people seen in chat, and which messages show which approval cards.</summary>
public interface IConversationStore
{
    /// <summary>Creates the thread on first use (keeping its reference current) and appends the message.</summary>
    Task RecordMessageAsync(ConversationReference conversation, ChatMessage message, CancellationToken cancellationToken);

    Task<IReadOnlyList<ChatMessage>> GetMessagesAsync(string threadId, int limit, CancellationToken cancellationToken);

    Task RememberUserAsync(ChatUser user, DateTimeOffset seenAt, CancellationToken cancellationToken);

    /// <summary>Remembers the user's one-to-one chat with SreBot, where proactive messages (approval requests) reach them.</summary>
    Task RememberPersonalConversationAsync(string userId, ConversationReference conversation, CancellationToken cancellationToken);

    /// <summary>The one-to-one chats of the given users, for those who have one.</summary>
    Task<IReadOnlyList<PersonalConversation>> PersonalConversationsAsync(IEnumerable<string> userIds, CancellationToken cancellationToken);

    /// <summary>Remembers a team channel SreBot is installed in or was spoken to in (keeping its reference current), where proactive posts (incidents) can go.</summary>
    Task RememberChannelConversationAsync(ChannelConversation channel, CancellationToken cancellationToken);

    /// <summary>Every team channel remembered, ordered by team and channel id.</summary>
    Task<IReadOnlyList<ChannelConversation>> ChannelConversationsAsync(CancellationToken cancellationToken);

    /// <summary>Channel account ids (Teams 29:…) of the given users, for those seen in chat.</summary>
    Task<IReadOnlyList<string>> ChannelAccountIdsAsync(IEnumerable<string> userIds, CancellationToken cancellationToken);

    Task RecordApprovalCardAsync(string approvalId, ConversationReference conversation, string activityId, CancellationToken cancellationToken);

    Task<IReadOnlyList<ApprovalCardMessage>> ApprovalCardsAsync(string approvalId, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes the thread and everything hanging off it (messages, traces, approval-card links, personal-chat links) in one
    /// transaction, overwriting the freed pages, then checkpoints the write-ahead log so no copy stays on disk.
    /// False when there was no such thread.
    /// </summary>
    Task<bool> DeleteThreadAsync(string threadId, CancellationToken cancellationToken);

    /// <summary>The thread with its participants, or null when there is no such thread.</summary>
    Task<ChatThread?> GetThreadAsync(string threadId, CancellationToken cancellationToken);

    /// <summary>The user's own threads (one-to-one chats with SreBot that nobody else wrote in), oldest first.</summary>
    Task<IReadOnlyList<string>> PersonalThreadIdsAsync(string userId, CancellationToken cancellationToken);

    /// <summary>Deletes the user's own threads as <see cref="DeleteThreadAsync"/> does; returns how many went.</summary>
    Task<int> DeletePersonalThreadsAsync(string userId, CancellationToken cancellationToken);

    /// <summary>What the user wrote in shared threads (every thread not their own), in thread order, then message order.</summary>
    Task<IReadOnlyList<SharedThreadMessage>> SharedThreadMessagesAsync(string userId, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes the user's messages in shared threads and SreBot's answers to them (its messages up to the next person's
    /// message), overwriting the freed pages; other people's messages stay. Returns how many messages went.
    /// </summary>
    Task<int> DeleteSharedThreadMessagesAsync(string userId, CancellationToken cancellationToken);

    /// <summary>What is remembered of the user as a chat user and their one-to-one chat link, or null when nothing is.</summary>
    Task<RememberedChatUser?> RememberedUserAsync(string userId, CancellationToken cancellationToken);

    /// <summary>Forgets the user as a chat user and their one-to-one chat link (the thread stays); returns how many rows went.</summary>
    Task<int> ForgetUserAsync(string userId, CancellationToken cancellationToken);

    /// <summary>Deletes, as <see cref="DeleteThreadAsync"/> does, the threads whose last change is before the cut-off.</summary>
    Task<int> DeleteThreadsChangedBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}
