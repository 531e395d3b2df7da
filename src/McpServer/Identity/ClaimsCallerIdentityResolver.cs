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
    {
        if (user?.Identity?.IsAuthenticated != true)
        {
            return ValueTask.FromResult<CallerIdentity?>(null);
        }

        var userId = user.FindFirst(ClaimNames.ObjectId)?.Value ?? user.FindFirst(ClaimNames.Subject)?.Value;
        if (string.IsNullOrWhiteSpace(userId))
        {
            return ValueTask.FromResult<CallerIdentity?>(null);
        }

        var roles = user.FindAll(ClaimNames.Roles).Select(c => c.Value).Where(Roles.IsKnown).ToHashSet(StringComparer.Ordinal);
        return ValueTask.FromResult<CallerIdentity?>(new CallerIdentity(userId, roles, channel));
    }
}
