namespace SreBot.Bot.Api;

/// <summary><c>POST /api/v1/agent/mode</c> body: <c>Reader</c> or <c>Privileged</c>.</summary>
public sealed record ModeRequest(string? Mode);
