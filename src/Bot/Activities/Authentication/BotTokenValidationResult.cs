using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace SreBot.Bot.Activities.Authentication;

/// <summary>Outcome of <see cref="BotConnectorAuthenticator.ValidateTokenAsync"/>: a validated identity, or 401 with a reason.</summary>
public sealed class BotTokenValidationResult
{
    private BotTokenValidationResult(ClaimsIdentity? identity, IReadOnlySet<string> endorsements, BotAuthenticationFailureReason reason)
    {
        Identity = identity;
        Endorsements = endorsements;
        FailureReason = reason;
    }

    public bool IsValid => Identity is not null;

    /// <summary>Claims of the validated token (<c>serviceurl</c>, <c>aud</c>, <c>iss</c>, ...); null when not valid.</summary>
    public ClaimsIdentity? Identity { get; }

    /// <summary>Endorsements (channel ids) of the key that verified the signature; empty when not valid.</summary>
    public IReadOnlySet<string> Endorsements { get; }

    public BotAuthenticationFailureReason FailureReason { get; }

    /// <summary>200 when valid, otherwise 401.</summary>
    public int StatusCode => IsValid ? StatusCodes.Status200OK : StatusCodes.Status401Unauthorized;

    /// <summary>The validated token's <c>serviceurl</c> claim.</summary>
    public string? ServiceUrl => Identity?.FindFirst(BotConnectorDefaults.ServiceUrlClaim)?.Value;

    internal static BotTokenValidationResult Success(ClaimsIdentity identity, IReadOnlySet<string> endorsements) => new(identity, endorsements, BotAuthenticationFailureReason.None);

    internal static BotTokenValidationResult Fail(BotAuthenticationFailureReason reason) => new(null, new HashSet<string>(), reason);
}
