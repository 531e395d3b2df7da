namespace SreBot.Shared.Conversations;

/// <summary>
/// A team channel SreBot is installed in or was spoken to in, and how to post to it (a new post in the channel, not a reply).
/// </summary>
/// <param name="TeamId">The team's id (Teams <c>channelData.team.id</c>).</param>
/// <param name="TeamsChannelId">The channel's id (Teams <c>channelData.channel.id</c>, <c>19:…@thread.tacv2</c>).</param>
/// <param name="Conversation">The channel itself as a conversation: its id is the channel id.</param>
public sealed record ChannelConversation(string TeamId, string TeamsChannelId, ConversationReference Conversation)
{
    /// <summary>Longest team or channel id kept; Teams ids are far shorter.</summary>
    public const int MaxIdLength = 256;
}
