namespace SreBot.Bot.Api;

/// <summary>Body of <c>POST /api/v1/memories</c>; <paramref name="Visibility"/> is <c>private</c> (default) or <c>team</c>.</summary>
public sealed record MemoryRequest(string? Text, string? Visibility);
