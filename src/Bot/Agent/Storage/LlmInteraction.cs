namespace SreBot.Bot.Agent.Storage;

/// <summary>One question and answer, kept only with <c>Privacy:StorePrompts</c> on (both already redacted).</summary>
public sealed record LlmInteraction(string Id, string ThreadId, string UserId, DateTimeOffset At, string Model, string Question, string Answer);
