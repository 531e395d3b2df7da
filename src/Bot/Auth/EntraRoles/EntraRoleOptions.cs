namespace SreBot.Bot.Auth.EntraRoles;

/// <summary>
/// Roles of Teams users from Microsoft Entra ID, read through Microsoft Graph with SreBot's own identity (section
/// <c>Auth:Graph</c>). Used only on an authenticated channel (<c>Bot:AppId</c> set) and only when
/// <see cref="ServicePrincipalId"/> or <see cref="GroupRoles"/> is configured; see docs/deploy.md, "People and roles".
/// </summary>
public sealed class EntraRoleOptions
{
    public const string SectionName = "Auth:Graph";

    public const string DefaultEndpoint = "https://graph.microsoft.com/v1.0";

    /// <summary>The scope SreBot's identity requests for Graph (application permissions).</summary>
    public const string Scope = "https://graph.microsoft.com/.default";

    /// <summary>Microsoft Graph's base URL, version included (https only; tests point it at a loopback fake).</summary>
    public string Endpoint { get; set; } = DefaultEndpoint;

    /// <summary>
    /// Object id of SreBot's service principal (the enterprise application of the app registration that defines the app
    /// roles <c>reader</c>, <c>operator</c>, <c>approver</c>, <c>admin</c>, <c>auditor</c>). A user's assignments of those roles,
    /// directly or through a group they are a direct member of, grant them.
    /// </summary>
    public string? ServicePrincipalId { get; set; }

    /// <summary>Security group object id → SreBot role: members (transitively) of the group hold the role.</summary>
    public Dictionary<string, string> GroupRoles { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>How long a user's roles read from Graph are served without asking again.</summary>
    public TimeSpan CacheDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How many users' roles are held at most.</summary>
    public int CacheCapacity { get; set; } = 10_000;

    /// <summary>How long one Graph request may take.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How many pages (<c>@odata.nextLink</c>) of one list are read at most; more fails closed.</summary>
    public int MaxPages { get; set; } = 20;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(ServicePrincipalId) || GroupRoles.Count > 0;
}
