using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using SreBot.McpServer.Identity;
using SreBot.Shared.Identity;

namespace SreBot.Bot.Auth;

/// <summary>
/// Adds the roles an admin assigned in SreBot's local role table to an authenticated user's roles, so that API
/// authorization and the MCP call path see one set of roles. Read on every request: a revoked role stops working at once.
/// </summary>
public sealed class LocalRoleClaimsTransformation(ILocalRoleStore roles) : IClaimsTransformation
{
    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        if (principal.Identity is not ClaimsIdentity { IsAuthenticated: true } identity || ClaimsCallerIdentityResolver.UserId(principal) is not { } userId)
        {
            return principal;
        }

        var granted = await roles.GetRolesAsync(userId, CancellationToken.None);
        var missing = granted.Where(role => !principal.HasClaim(ClaimNames.Roles, role)).ToList();
        if (missing.Count == 0)
        {
            return principal;
        }

        var enriched = identity.Clone();
        enriched.AddClaims(missing.Select(role => new Claim(ClaimNames.Roles, role)));
        return new ClaimsPrincipal(enriched);
    }
}
