using System.ComponentModel.DataAnnotations;

namespace SreBot.Bot.Auth;

/// <summary>
/// The local token issuer: its RSA signing key is created in the data directory on first start and
/// tokens are minted with <c>dotnet run --project src/Bot -- token</c>.
/// </summary>
public sealed class LocalIssuerOptions
{
    /// <summary>Turn off in production once Entra ID is configured.</summary>
    public bool Enabled { get; set; } = true;

    [Required]
    public string Issuer { get; set; } = "srebot-local";

    [Required]
    public string Audience { get; set; } = "api://srebot";

    /// <summary>Lifetime of minted tokens when <c>--lifetime</c> is not given.</summary>
    [Range(1, 7 * 24 * 60)]
    public int TokenLifetimeMinutes { get; set; } = 60;
}
