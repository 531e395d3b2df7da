namespace SreBot.Shared.Conversations;

/// <summary>A person seen in chat: SreBot's user id (Entra object id) and their channel-specific id (Teams 29:…).</summary>
public sealed record ChatUser(string UserId, string ChannelAccountId, string? Name);
