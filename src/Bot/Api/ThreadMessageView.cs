using SreBot.Shared.Conversations;

namespace SreBot.Bot.Api;

/// <summary>One message of a thread; <c>direction</c> is <c>in</c> (from a person) or <c>out</c> (from SreBot).</summary>
public sealed record ThreadMessageView(string AuthorId, string? AuthorName, string Direction, DateTimeOffset At, string Text)
{
    public static ThreadMessageView From(ChatMessage message) => new(message.AuthorId, message.AuthorName, message.Direction, message.At, message.Text);
}
