namespace SreBot.Bot.Api;

/// <summary><c>PUT /api/v1/agent/roles/{userId}</c> body: the complete set of local roles for the user.</summary>
public sealed record RolesRequest(IReadOnlyList<string>? Roles);
