namespace SreBot.Bot.Activities.Authentication;

/// <summary>Public values of the Bot Connector authentication protocol (public Azure cloud).</summary>
public static class BotConnectorDefaults
{
    /// <summary>OpenID metadata of the Bot Connector service; its <c>jwks_uri</c> lists the signing keys with their endorsements.</summary>
    public const string OpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>Issuer of tokens the Bot Connector service sends to bots.</summary>
    public const string Issuer = "https://api.botframework.com";

    /// <summary>Service URL prefix of Microsoft Teams in the public cloud.</summary>
    public const string TeamsServiceUrl = "https://smba.trafficmanager.net/";

    /// <summary>The Agents Playground's connector at its default port, the service URLs served in local mode unless configured.</summary>
    public static readonly IReadOnlyList<string> PlaygroundServiceUrls = ["http://localhost:56150/_connector", "http://127.0.0.1:56150/_connector"];

    /// <summary>Claim carrying the service URL the token was issued for; it must equal the activity's <c>serviceUrl</c>.</summary>
    public const string ServiceUrlClaim = "serviceurl";

    /// <summary>Property of each JWKS key listing the channel ids that key may sign for.</summary>
    public const string EndorsementsProperty = "endorsements";

    /// <summary>Only signing algorithm accepted.</summary>
    public const string Algorithm = "RS256";

    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>Single-tenant and managed-identity bots: Entra ID v2 issuer for <paramref name="tenantId"/>.</summary>
    public static string EntraV2Issuer(string tenantId) => $"https://login.microsoftonline.com/{tenantId}/v2.0";

    /// <summary>Single-tenant and managed-identity bots: Entra ID v1 issuer for <paramref name="tenantId"/>.</summary>
    public static string EntraV1Issuer(string tenantId) => $"https://sts.windows.net/{tenantId}/";
}
