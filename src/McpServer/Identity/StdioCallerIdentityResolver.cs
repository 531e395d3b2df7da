using System.Security.Claims;
using Microsoft.Extensions.Options;
using SreBot.Shared.Identity;

namespace SreBot.McpServer.Identity;

/// <summary>Identity for the stdio transport: always the configured local user.</summary>
public sealed class StdioCallerIdentityResolver(IOptions<StdioIdentityOptions> options) : ICallerIdentityResolver
{
    private readonly CallerIdentity _identity = new(
        options.Value.User,
        options.Value.Roles.Where(Roles.IsKnown).ToHashSet(StringComparer.Ordinal),
        "mcp-stdio");

    public ValueTask<CallerIdentity?> ResolveAsync(ClaimsPrincipal? user, CancellationToken cancellationToken)
        => ValueTask.FromResult<CallerIdentity?>(_identity);
}
