namespace SreBot.Shared.Conversations;

/// <summary>A thread's metadata and the people who wrote in it (user ids of its incoming messages' authors).</summary>
public sealed record ChatThread(string Id, string ChannelId, string? ConversationType, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, IReadOnlyList<string> Participants)
{
    public bool IsParticipant(string userId) => Participants.Contains(userId, StringComparer.Ordinal);
}
