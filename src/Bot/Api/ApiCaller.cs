using SreBot.McpServer.Identity;
using SreBot.Shared.Identity;

namespace SreBot.Bot.Api;

/// <summary>The caller of an <c>/api/v1</c> endpoint (the endpoint group requires an authenticated user).</summary>
public static class ApiCaller
{
    public const string Channel = "api";

    public static CallerIdentity From(HttpContext context)
        => ClaimsCallerIdentityResolver.Resolve(context.User, Channel) ?? throw new InvalidOperationException("API endpoints require an authenticated user.");
}
