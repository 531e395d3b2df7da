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
}
