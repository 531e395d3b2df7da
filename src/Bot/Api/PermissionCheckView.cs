namespace SreBot.Bot.Api;

public sealed record PermissionCheckView(string ResourceGroup, bool Allowed, string Reason);
