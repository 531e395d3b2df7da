using System.Text.Json;
using SreBot.Bot.Activities;
using SreBot.Bot.Connector;
using SreBot.Shared.Conversations;

namespace SreBot.Bot.Conversations;

/// <summary>
/// One incoming activity and the means to answer it (named after the Agents SDK's turn context). Everything SreBot
/// says is recorded in the conversation's thread.
/// </summary>
public sealed class TurnContext(Activity activity, ChatCaller? caller, ConversationReference conversation, BotConnectorClient connector, IConversationStore store, TimeProvider time)
{
    public Activity Activity { get; } = activity;

    public ChatCaller? Caller { get; } = caller;

    public ConversationReference Conversation { get; } = conversation;

    public Task<string?> SendTextAsync(string text, CancellationToken cancellationToken)
        => SendTextAsync(text, text, cancellationToken);

    /// <summary>Sends <paramref name="text"/> but records <paramref name="record"/> in the thread (e.g. a placeholder for content that is not kept).</summary>
    public Task<string?> SendTextAsync(string text, string record, CancellationToken cancellationToken)
        => SendAsync(new Activity { Type = ActivityTypes.Message, Text = text, TextFormat = "plain" }, record, cancellationToken);

    public Task<string?> SendCardAsync(JsonElement card, string summary, CancellationToken cancellationToken)
        => SendAsync(
            Activity.CardMessage(card),
            $"[card] {summary}",
            cancellationToken);

    public async Task SendTypingAsync(CancellationToken cancellationToken)
        => await connector.SendAsync(Conversation, Reply(new Activity { Type = ActivityTypes.Typing }), null, cancellationToken);

    private async Task<string?> SendAsync(Activity reply, string record, CancellationToken cancellationToken)
    {
        var id = await connector.SendAsync(Conversation, Reply(reply), Activity.Id, cancellationToken);
        await store.RecordMessageAsync(Conversation, new ChatMessage(Activity.Recipient?.Id ?? "srebot", "SreBot", "out", time.GetUtcNow(), record), cancellationToken);
        return id;
    }

    private Activity Reply(Activity reply) => reply with
    {
        From = Activity.Recipient,
        Recipient = Activity.From,
        Conversation = Activity.Conversation,
        ReplyToId = Activity.Id,
        ChannelId = Activity.ChannelId,
        ServiceUrl = Activity.ServiceUrl,
        Timestamp = time.GetUtcNow(),
    };
}
