using System.Text.Json;
using SreBot.Bot.Activities;
using SreBot.Shared.Conversations;

namespace SreBot.Bot.Conversations;

/// <summary>
/// One incoming activity and the means to answer it (named after the Agents SDK's turn context). Replies go through the
/// <see cref="ConversationSender"/>, which records each message sent in the conversation's thread (typing indicators are not
/// messages and are not recorded); what the person said is recorded by <see cref="SreBotActivityHandler"/>.
/// </summary>
public sealed class TurnContext(Activity activity, ChatCaller? caller, ConversationReference conversation, ConversationSender sender, TimeProvider time)
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

    public Task SendTypingAsync(CancellationToken cancellationToken)
        => sender.SendTypingAsync(Conversation, Reply(new Activity { Type = ActivityTypes.Typing }), cancellationToken);

    /// <summary>A message built by the caller (entities, channel data), recorded in the thread as <paramref name="record"/>.</summary>
    public Task<string?> SendMessageAsync(Activity message, string record, CancellationToken cancellationToken)
        => SendAsync(message, record, cancellationToken);

    /// <summary>A streaming update (a typing activity with a <c>streaminfo</c> entity): shown, not recorded; returns the channel's id for it.</summary>
    public Task<string?> SendStreamUpdateAsync(Activity update, CancellationToken cancellationToken)
        => sender.SendTypingAsync(Conversation, Reply(update), cancellationToken);

    /// <summary>Typing now and every few seconds until the returned indicator is disposed (dispose it before answering).</summary>
    public TypingIndicator KeepTyping(CancellationToken cancellationToken) => TypingIndicator.Start(SendTypingAsync, time, cancellationToken);

    private Task<string?> SendAsync(Activity reply, string record, CancellationToken cancellationToken)
        => sender.SendAsync(Conversation, Reply(reply), Activity.Id, record, cancellationToken);

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
