namespace SreBot.Bot.Auth;

/// <summary>Token validation for <c>/mcp</c> and <c>/api/v1</c> (section <c>Auth</c>).</summary>
public sealed class AuthOptions
{
    public const string SectionName = "Auth";

    public LocalIssuerOptions Local { get; set; } = new();

    /// <summary>Entra ID; tokens from it are accepted only when <see cref="EntraOptions.TenantId"/> is set.</summary>
    public EntraOptions Entra { get; set; } = new();
}
