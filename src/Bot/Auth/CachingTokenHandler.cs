using Microsoft.Extensions.Caching.Memory;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace SreBot.Bot.Auth;

/// <summary>
/// A <see cref="JsonWebTokenHandler"/> that remembers tokens it has fully validated, so that a client presenting the same
/// token on every call pays for the RSA signature check once. Entries live no longer than the token itself (plus the
/// allowed clock skew) and at most <see cref="MaxEntryLifetime"/>; failures are never cached. One instance per scheme,
/// so a token is only ever reused with the validation parameters it passed.
/// </summary>
public sealed class CachingTokenHandler(TimeProvider time) : JsonWebTokenHandler, IDisposable
{
    public static readonly TimeSpan MaxEntryLifetime = TimeSpan.FromMinutes(10);
    private const int MaxEntries = 10_000;

    private readonly MemoryCache _validated = new(new MemoryCacheOptions { SizeLimit = MaxEntries });

    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        var now = time.GetUtcNow();
        if (_validated.TryGetValue(token, out TokenValidationResult? cached) && cached is { SecurityToken.ValidTo: var validTo }
            && now.UtcDateTime <= validTo + validationParameters.ClockSkew)
        {
            // Every request gets its own identity object: downstream code may add claims to it.
            return new TokenValidationResult
            {
                IsValid = true,
                SecurityToken = cached.SecurityToken,
                ClaimsIdentity = cached.ClaimsIdentity.Clone(),
                Issuer = cached.Issuer,
                TokenType = cached.TokenType,
            };
        }

        var result = await base.ValidateTokenAsync(token, validationParameters);
        if (result.IsValid && result.SecurityToken is { ValidTo: var expires })
        {
            var until = new DateTimeOffset(expires, TimeSpan.Zero) + validationParameters.ClockSkew;
            _validated.Set(token, result, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpiration = until < now + MaxEntryLifetime ? until : now + MaxEntryLifetime });
        }

        return result;
    }

    public void Dispose() => _validated.Dispose();
}
