namespace SreBot.Bot.Auth.EntraRoles;

/// <summary>A user's roles from Entra, or why there are none this time.</summary>
/// <param name="Roles">The roles Entra grants (empty on failure).</param>
/// <param name="Cached">Served from the cache, without a Graph request.</param>
/// <param name="Failure">Null on success; else what went wrong, in SreBot's words (<see cref="EntraRoleFailure"/>).</param>
public sealed record EntraRoleLookup(IReadOnlySet<string> Roles, bool Cached, EntraRoleFailure? Failure)
{
    public static EntraRoleLookup None { get; } = new(new HashSet<string>(), Cached: false, Failure: null);
}
