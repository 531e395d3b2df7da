using SreBot.Shared.Conversations;

namespace SreBot.Bot.Api;

/// <summary>A thread as the API shows it: metadata, participants and the latest messages, oldest first.</summary>
public sealed record ThreadView(
    string Id, string ChannelId, string? ConversationType, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, IReadOnlyList<string> Participants, IReadOnlyList<ThreadMessageView> Messages)
{
    public static ThreadView From(ChatThread thread, IReadOnlyList<ChatMessage> messages)
        => new(thread.Id, thread.ChannelId, thread.ConversationType, thread.CreatedAt, thread.UpdatedAt, thread.Participants, [.. messages.Select(ThreadMessageView.From)]);
}
