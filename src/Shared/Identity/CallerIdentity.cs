namespace SreBot.Shared.Identity;

/// <summary>Who is calling, as established by authentication. Never built from request bodies.</summary>
/// <param name="UserId">Stable user id: the token's <c>sub</c> for local tokens, the Entra object id otherwise.</param>
/// <param name="Roles">Roles granted to the caller.</param>
/// <param name="Channel">How the call arrived: <c>mcp-http</c>, <c>mcp-stdio</c>, <c>api</c>, <c>teams</c>.</param>
public sealed record CallerIdentity(string UserId, IReadOnlySet<string> Roles, string Channel)
{
    public bool HasRole(string role) => Roles.Contains(role);

    public bool HasAnyRole(IEnumerable<string> roles) => roles.Any(Roles.Contains);
}
