using SreBot.Bot.Activities;
using SreBot.Bot.Conversations;

namespace SreBot.Bot.Agent.Answers;

/// <summary>
/// Teams streaming of one LLM answer in a personal chat (the only place Teams streams): an informative update first (a
/// <c>typing</c> activity with <c>streaminfo</c> informative, sequence 1), whose id becomes the stream's id; the final message
/// carries <c>streaminfo</c> final with the stream's id. Updates are not messages and are never recorded in the thread.
/// (Streaming the model's text token by token is not done yet: the answer arrives whole, as the final message.)
/// </summary>
public sealed class AnswerStream(TurnContext turn)
{
    /// <summary>The stream's id, once the informative update was sent.</summary>
    public string? StreamId { get; private set; }

    /// <summary>Streaming is for msteams personal chats; elsewhere (group chats, channels, other channels) one final message.</summary>
    public static bool Applies(TurnContext turn)
        => string.Equals(turn.Activity.ChannelId, "msteams", StringComparison.OrdinalIgnoreCase)
           && string.Equals(turn.Conversation.ConversationType, "personal", StringComparison.OrdinalIgnoreCase);

    public async Task StartAsync(string informative, CancellationToken cancellationToken)
    {
        try
        {
            StreamId = await turn.SendStreamUpdateAsync(Update(informative, TeamsAiEntities.StreamInfo("informative", 1, null)), cancellationToken);
        }
        catch (HttpRequestException)
        {
            StreamId = null; // the answer still comes, as one message
        }
    }

    /// <summary>The <c>streaminfo</c> entity of the final message, or null when nothing was streamed.</summary>
    public Entity? FinalEntity() => StreamId is null ? null : TeamsAiEntities.StreamInfo("final", null, StreamId);

    private static Activity Update(string text, Entity streamInfo)
        => new() { Type = ActivityTypes.Typing, Text = text, Entities = [streamInfo] };
}
