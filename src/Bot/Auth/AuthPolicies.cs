using Microsoft.AspNetCore.Authorization;
using SreBot.McpServer.Identity;
using SreBot.Shared.Identity;

namespace SreBot.Bot.Auth;

/// <summary>Authorization policies beyond "signed in".</summary>
public static class AuthPolicies
{
    /// <summary>
    /// Signed in and not only an alert sender: <c>/mcp</c> and <c>/api/v1</c> (but its alert webhooks) refuse a caller whose
    /// one known role is <c>alerts</c>, which may post alerts and nothing else.
    /// </summary>
    public const string NotAlertSender = "not-alert-sender";

    public static void Add(AuthorizationOptions options)
        => options.AddPolicy(NotAlertSender, policy => policy.RequireAuthenticatedUser().RequireAssertion(context => !IsOnlyAlertSender(context)));

    private static bool IsOnlyAlertSender(AuthorizationHandlerContext context)
    {
        var roles = context.User.FindAll(ClaimNames.Roles).Select(c => c.Value).Where(Roles.IsKnown).ToHashSet(StringComparer.Ordinal);
        return roles.Contains(Roles.Alerts) && roles.Count == 1;
    }
}
