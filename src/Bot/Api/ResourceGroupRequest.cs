namespace SreBot.Bot.Api;

/// <summary><c>POST /api/v1/agent/resource-groups</c> body: a name (with optional subscription) or a full id.</summary>
public sealed record ResourceGroupRequest(string? ResourceGroup, string? Subscription);
