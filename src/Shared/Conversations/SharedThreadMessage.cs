namespace SreBot.Shared.Conversations;

/// <summary>A message a person wrote in a shared thread (group chat, channel), with where it was written.</summary>
public sealed record SharedThreadMessage(string ThreadId, string ChannelId, string? ConversationType, string? AuthorName, DateTimeOffset At, string Text);
