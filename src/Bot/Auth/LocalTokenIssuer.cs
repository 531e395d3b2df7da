using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using SreBot.McpServer.Identity;

namespace SreBot.Bot.Auth;

/// <summary>Mints RS256 tokens from the local issuer for local use and tests.</summary>
public sealed class LocalTokenIssuer(LocalSigningKey key, LocalIssuerOptions options, TimeProvider time)
{
    public string Mint(string userId, IEnumerable<string> roles, TimeSpan? lifetime = null)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var claims = new List<Claim> { new(ClaimNames.Subject, userId), new(JwtRegisteredClaimNames.Jti, Guid.NewGuid().ToString("N")) };
        claims.AddRange(roles.Distinct(StringComparer.Ordinal).Select(role => new Claim(ClaimNames.Roles, role)));
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Issuer,
            Audience = options.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now,
            NotBefore = now,
            Expires = now + (lifetime ?? TimeSpan.FromMinutes(options.TokenLifetimeMinutes)),
            SigningCredentials = new SigningCredentials(key.SigningKey, SecurityAlgorithms.RsaSha256),
        });
    }
}
