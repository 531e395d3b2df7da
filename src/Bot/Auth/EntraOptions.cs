namespace SreBot.Bot.Auth;

/// <summary>Entra ID token validation: issuer from the tenant, audience = SreBot's app registration, roles from app roles.</summary>
public sealed class EntraOptions
{
    /// <summary>Directory (tenant) id. Empty: Entra tokens are not accepted.</summary>
    public string? TenantId { get; set; }

    /// <summary>Accepted audiences: the app's client id and/or its application id URI.</summary>
    public List<string> Audiences { get; set; } = [];

    public string Instance { get; set; } = "https://login.microsoftonline.com";

    /// <summary>
    /// Scopes an MCP client (VS Code) requests when it signs a person in, named in the protected-resource metadata. Empty:
    /// <c>{application id URI}/access_as_user</c> for the first <c>api://</c> entry of <see cref="Audiences"/>.
    /// </summary>
    public List<string> Scopes { get; set; } = [];

    /// <summary>The exposed scope's name in the app registration (infra/entra-app.sh creates it).</summary>
    public const string DefaultScopeName = "access_as_user";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(TenantId);

    public string Authority => $"{Instance.TrimEnd('/')}/{TenantId}/v2.0";

    public IReadOnlyList<string> ResolveScopes()
    {
        if (Scopes.Count > 0)
        {
            return Scopes;
        }

        var identifier = Audiences.FirstOrDefault(a => a.StartsWith("api://", StringComparison.OrdinalIgnoreCase));
        return identifier is null ? [] : [$"{identifier.TrimEnd('/')}/{DefaultScopeName}"];
    }
}
