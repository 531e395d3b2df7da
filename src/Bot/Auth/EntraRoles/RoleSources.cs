namespace SreBot.Bot.Auth.EntraRoles;

/// <summary>Where a chat user's role came from, as the audit records it.</summary>
public static class RoleSources
{
    /// <summary>An app role assignment on SreBot's service principal, or a group in <c>Auth:Graph:GroupRoles</c>.</summary>
    public const string Entra = "entra";

    /// <summary>The local role table (the admin override) or <c>Bot:Admins</c>.</summary>
    public const string Local = "local";

    /// <summary><c>Bot:LocalDefaultRoles</c> (local mode only).</summary>
    public const string Default = "default";
}
