namespace SreBot.Bot.Auth.EntraRoles;

/// <summary>Audit event types about a chat user's roles.</summary>
public static class RoleAuditEvents
{
    /// <summary>The roles a chat user holds and the source of each (detail: <see cref="RoleGrants.Describe"/>).</summary>
    public const string Resolved = "identity.roles";

    /// <summary>Roles could not be read from Entra; the user held none (detail: the failure code).</summary>
    public const string Unavailable = "identity.roles_unavailable";
}
