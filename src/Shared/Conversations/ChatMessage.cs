namespace SreBot.Shared.Conversations;

/// <summary>One message in a thread. <paramref name="Direction"/> is <c>in</c> (from a person) or <c>out</c> (from SreBot).</summary>
public sealed record ChatMessage(string AuthorId, string? AuthorName, string Direction, DateTimeOffset At, string Text);
