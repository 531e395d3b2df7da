using System.Security.Claims;
using SreBot.Shared.Identity;

namespace SreBot.McpServer.Identity;

/// <summary>
/// Identity for HTTP callers: the Entra object id (<c>oid</c>) when present, else <c>sub</c>;
/// roles from the <c>roles</c> claim, keeping only the roles SreBot knows.
/// </summary>
public sealed class ClaimsCallerIdentityResolver(string channel) : ICallerIdentityResolver
{
    public ValueTask<CallerIdentity?> ResolveAsync(ClaimsPrincipal? user, CancellationToken cancellationToken)
        => ValueTask.FromResult(Resolve(user, channel));

    public static CallerIdentity? Resolve(ClaimsPrincipal? user, string channel)
    {
        if (user?.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        var userId = UserId(user);
        if (string.IsNullOrWhiteSpace(userId))
        {
            return null;
        }

        var roles = user.FindAll(ClaimNames.Roles).Select(c => c.Value).Where(Roles.IsKnown).ToHashSet(StringComparer.Ordinal);
        return new CallerIdentity(userId, roles, channel);
    }

    public static string? UserId(ClaimsPrincipal user) => user.FindFirst(ClaimNames.ObjectId)?.Value ?? user.FindFirst(ClaimNames.Subject)?.Value;
}
