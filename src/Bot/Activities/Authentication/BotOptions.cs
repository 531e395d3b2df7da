using SreBot.Shared.Identity;

namespace SreBot.Bot.Activities.Authentication;

/// <summary>
/// The Bot endpoint <c>/api/messages</c> (section <c>Bot</c>). Without <see cref="AppId"/> the host runs in local mode;
/// with it, every activity must carry a Bot Connector token that <see cref="BotConnectorAuthenticator"/> accepts.
/// Lists left empty take the documented defaults (configuration binding appends to initialised lists, so defaults are
/// applied by the <c>Resolve…</c> methods instead of initialisers).
/// </summary>
public sealed class BotOptions
{
    public const string SectionName = "Bot";

    /// <summary>The bot's Microsoft app id (a GUID), the audience of inbound tokens. Empty: local mode.</summary>
    public string? AppId { get; set; }

    /// <summary>Entra tenant of a single-tenant or managed-identity bot; adds that tenant's issuers to the defaults.</summary>
    public string? TenantId { get; set; }

    /// <summary>OpenID metadata with the signing keys (https; plain http only on loopback, for tests).</summary>
    public string OpenIdMetadataUrl { get; set; } = BotConnectorDefaults.OpenIdMetadataUrl;

    /// <summary>Accepted token issuers. Empty: <see cref="BotConnectorDefaults.Issuer"/>, plus the Entra issuers of <see cref="TenantId"/> when set.</summary>
    public List<string> AllowedIssuers { get; set; } = [];

    /// <summary>URL prefixes an activity's <c>serviceUrl</c> must start with, inbound and for outbound replies. Empty: Teams.</summary>
    public List<string> AllowedServiceUrls { get; set; } = [];

    /// <summary>
    /// Local mode only: the local connector URL prefixes (the Agents Playground's) whose activities are served and which
    /// replies may go to; any other serviceUrl, loopback or not, is refused before anything is sent. Empty: the Playground
    /// at its default port.
    /// </summary>
    public List<string> LocalServiceUrls { get; set; } = [];

    /// <summary>Entra object ids of SreBot admins (authenticated channel only: a local-mode chat user is never one).</summary>
    public List<string> Admins { get; set; } = [];

    /// <summary>Roles of the user in local mode. Empty: reader and operator.</summary>
    public List<string> LocalDefaultRoles { get; set; } = [];

    public bool IsLocalMode => string.IsNullOrWhiteSpace(AppId);

    public IReadOnlyList<string> ResolveAllowedIssuers()
    {
        if (AllowedIssuers.Count > 0)
        {
            return AllowedIssuers;
        }

        return string.IsNullOrWhiteSpace(TenantId)
            ? [BotConnectorDefaults.Issuer]
            : [BotConnectorDefaults.Issuer, BotConnectorDefaults.EntraV2Issuer(TenantId), BotConnectorDefaults.EntraV1Issuer(TenantId)];
    }

    public IReadOnlyList<string> ResolveAllowedServiceUrls() => AllowedServiceUrls.Count > 0 ? AllowedServiceUrls : [BotConnectorDefaults.TeamsServiceUrl];

    public IReadOnlyList<string> ResolveLocalServiceUrls() => LocalServiceUrls.Count > 0 ? LocalServiceUrls : BotConnectorDefaults.PlaygroundServiceUrls;

    /// <summary>The service URL prefixes SreBot accepts and calls in the current mode.</summary>
    public IReadOnlyList<string> ResolveServiceUrls() => IsLocalMode ? ResolveLocalServiceUrls() : ResolveAllowedServiceUrls();

    public IReadOnlyList<string> ResolveLocalDefaultRoles() => LocalDefaultRoles.Count > 0 ? LocalDefaultRoles : [Roles.Reader, Roles.Operator];
}
