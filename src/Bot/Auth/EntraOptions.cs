namespace SreBot.Bot.Auth;

/// <summary>Entra ID token validation: issuer from the tenant, audience = SreBot's app registration, roles from app roles.</summary>
public sealed class EntraOptions
{
    /// <summary>Directory (tenant) id. Empty: Entra tokens are not accepted.</summary>
    public string? TenantId { get; set; }

    /// <summary>Accepted audiences: the app's client id and/or its application id URI.</summary>
    public List<string> Audiences { get; set; } = [];

    public string Instance { get; set; } = "https://login.microsoftonline.com";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(TenantId);

    public string Authority => $"{Instance.TrimEnd('/')}/{TenantId}/v2.0";
}
