using SreBot.Bot.Activities;
using SreBot.Bot.Connector;
using SreBot.Shared.Conversations;

namespace SreBot.Bot.Conversations;

/// <summary>
/// The one way SreBot speaks: every message it posts (replies, cards, proactive approval requests in approvers' chats) goes
/// to the Bot Connector and, once sent, into the conversation's thread as an <c>out</c> message. Typing indicators and
/// updates of a message already sent (an approval card following its approval) are not new messages and are not recorded.
/// </summary>
public sealed class ConversationSender(BotConnectorClient connector, IConversationStore store, TimeProvider time)
{
    /// <summary>The author id of SreBot's messages when the conversation does not name the bot (proactive messages).</summary>
    public const string BotAuthorId = "srebot";

    /// <summary>Posts <paramref name="activity"/> (as a reply to <paramref name="replyToId"/> when given) and records <paramref name="record"/> in the thread.</summary>
    /// <returns>The new activity's id, when the channel gives one.</returns>
    public async Task<string?> SendAsync(ConversationReference conversation, Activity activity, string? replyToId, string record, CancellationToken cancellationToken)
    {
        var id = await connector.SendAsync(conversation, activity, replyToId, cancellationToken);
        await store.RecordMessageAsync(conversation, new ChatMessage(activity.From?.Id ?? BotAuthorId, "SreBot", "out", time.GetUtcNow(), record), cancellationToken);
        return id;
    }

    /// <summary>A typing indicator or a streaming update: shown, never recorded. Returns the id the channel gives it (a stream's id).</summary>
    public Task<string?> SendTypingAsync(ConversationReference conversation, Activity typing, CancellationToken cancellationToken)
        => connector.SendAsync(conversation, typing, null, cancellationToken);

    /// <summary>Replaces a message SreBot sent earlier.</summary>
    public Task UpdateAsync(ConversationReference conversation, string activityId, Activity activity, CancellationToken cancellationToken)
        => connector.UpdateAsync(conversation, activityId, activity, cancellationToken);
}
