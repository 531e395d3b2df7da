using System.Security.Claims;
using SreBot.Shared.Identity;

namespace SreBot.McpServer.Identity;

/// <summary>Turns the transport's authenticated user into a <see cref="CallerIdentity"/>; null when there is none.</summary>
public interface ICallerIdentityResolver
{
    ValueTask<CallerIdentity?> ResolveAsync(ClaimsPrincipal? user, CancellationToken cancellationToken);
}
