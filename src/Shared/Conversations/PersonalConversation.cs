namespace SreBot.Shared.Conversations;

/// <summary>A user's one-to-one chat with SreBot and their channel account id there.</summary>
public sealed record PersonalConversation(string UserId, string ChannelAccountId, ConversationReference Conversation);
