namespace SreBot.Shared.Conversations;

/// <summary>
/// What SreBot remembers about a person seen in chat: their channel account, name and when last seen (null when only a
/// one-to-one chat is linked), and the thread of their one-to-one chat with when it was linked (null when there is none).
/// </summary>
public sealed record RememberedChatUser(
    string UserId,
    string? ChannelAccountId,
    string? Name,
    DateTimeOffset? LastSeen,
    string? PersonalThreadId,
    DateTimeOffset? PersonalThreadLinkedAt);
