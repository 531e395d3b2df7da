using System.Text.Json;
using SreBot.Bot.Activities;
using SreBot.Shared.Conversations;

namespace SreBot.Bot.Conversations;

/// <summary>Reads the team channel an activity came from (Teams <c>channelData.team.id</c> and <c>channelData.channel.id</c>).</summary>
public static class TeamsChannelData
{
    public const string ChannelConversationType = "channel";

    /// <summary>The channel, as a conversation SreBot can post to, when the activity comes from a team channel; null otherwise.</summary>
    public static ChannelConversation? ChannelOf(Activity activity)
    {
        if (!string.Equals(activity.Conversation?.ConversationType, ChannelConversationType, StringComparison.OrdinalIgnoreCase)
            || activity.ChannelData is not { ValueKind: JsonValueKind.Object } data
            || IdOf(data, "team") is not { } team
            || IdOf(data, "channel") is not { } channel)
        {
            return null;
        }

        // The channel id is the conversation for a new post in the channel; the activity's own id names one reply chain.
        var reference = new ConversationReference(activity.ChannelId!, activity.ServiceUrl!, channel, ChannelConversationType, activity.Conversation?.TenantId);
        return new ChannelConversation(team, channel, reference);
    }

    /// <summary>The team's display name from <c>channelData.team.name</c> (outside text: only for a TextRun), or null.</summary>
    public static string? TeamNameOf(Activity activity)
        => activity.ChannelData is { ValueKind: JsonValueKind.Object } data
           && data.TryGetProperty("team", out var team) && team.ValueKind == JsonValueKind.Object
           && team.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String
            ? name.GetString()
            : null;

    private static string? IdOf(JsonElement data, string name)
        => data.TryGetProperty(name, out var part) && part.ValueKind == JsonValueKind.Object
           && part.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
           && id.GetString() is { Length: > 0 and <= ChannelConversation.MaxIdLength } value
            ? value
            : null;
}
