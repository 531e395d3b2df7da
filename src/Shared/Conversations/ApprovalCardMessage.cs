namespace SreBot.Shared.Conversations;

/// <summary>A message that shows an approval card, so it can be updated when the approval changes.</summary>
public sealed record ApprovalCardMessage(ConversationReference Conversation, string ActivityId);
