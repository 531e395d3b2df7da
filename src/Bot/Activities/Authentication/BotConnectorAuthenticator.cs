using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace SreBot.Bot.Activities.Authentication;

/// <summary>
/// Authenticates requests from the Bot Connector service to <c>POST /api/messages</c> when a Bot app id is configured.
/// Two steps, because the activity must not be parsed before its token is valid:
/// <code>
/// var token = await authenticator.ValidateTokenAsync(request.Headers.Authorization, cancellationToken);
/// if (!token.IsValid) { audit(token.FailureReason); return Results.StatusCode(token.StatusCode); }   // 401
/// var activity = /* read and parse the body (size limit first) */;
/// var check = authenticator.CheckActivity(token, activity.ServiceUrl, activity.ChannelId);
/// if (!check.IsAllowed) { audit(check.FailureReason); return Results.StatusCode(check.StatusCode); }  // 403
/// // token.Identity is the validated caller; replies go only to activity.ServiceUrl (see ServiceUrlPolicy).
/// </code>
/// Step 1 accepts RS256 tokens only, from an allowed issuer, for audience = the app id, within their lifetime
/// (5 minutes of skew), signed by a key of the OpenID metadata. Missing metadata fails closed.
/// Step 2 requires the <c>serviceurl</c> claim to be the activity's <c>serviceUrl</c>, that URL to be allowed, and
/// the signing key to be endorsed for the activity's <c>channelId</c>.
/// </summary>
public sealed class BotConnectorAuthenticator(
    IOptions<BotOptions> options,
    BotConnectorMetadata metadata,
    ServiceUrlPolicy serviceUrls,
    TimeProvider time,
    ILogger<BotConnectorAuthenticator> logger)
{
    private const string BearerPrefix = "Bearer ";

    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };
    private readonly BotOptions _options = options.Value;
    private readonly IReadOnlyList<string> _issuers = options.Value.ResolveAllowedIssuers();

    /// <summary>Step 1: validates the raw <c>Authorization</c> header value. Failures are 401.</summary>
    public async Task<BotTokenValidationResult> ValidateTokenAsync(string? authorizationHeader, CancellationToken cancellationToken)
    {
        if (_options.IsLocalMode)
        {
            return Refuse(BotAuthenticationFailureReason.NotConfigured);
        }

        if (ReadBearerToken(authorizationHeader) is not { } token)
        {
            return Refuse(BotAuthenticationFailureReason.MissingToken);
        }

        if (CheckHeader(token) is { } headerFailure)
        {
            return Refuse(headerFailure);
        }

        OpenIdConnectConfiguration configuration;
        try
        {
            configuration = await metadata.GetAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            BotAuthenticationLog.MetadataUnavailable(logger, _options.OpenIdMetadataUrl, exception);
            return Refuse(BotAuthenticationFailureReason.MetadataUnavailable);
        }

        var keys = SigningKeys(configuration);
        if (keys.Count == 0)
        {
            BotAuthenticationLog.MetadataUnavailable(logger, _options.OpenIdMetadataUrl, new InvalidOperationException("The key set has no RSA signing keys."));
            return Refuse(BotAuthenticationFailureReason.MetadataUnavailable);
        }

        var result = await _handler.ValidateTokenAsync(token, Parameters(keys));
        if (!result.IsValid)
        {
            var reason = ReasonFor(result.Exception);
            if (reason == BotAuthenticationFailureReason.UnknownSigningKey)
            {
                metadata.RequestRefresh();
                BotAuthenticationLog.UnknownSigningKey(logger);
            }

            return Refuse(reason);
        }

        // Endorsements of the key object that verified the signature, not of whatever the token's header names.
        var signingKey = (result.SecurityToken as JsonWebToken)?.SigningKey;
        return BotTokenValidationResult.Success(result.ClaimsIdentity, SigningKeyEndorsements.Read(signingKey));
    }

    /// <summary>Step 2, after the body is parsed: binds the activity to its validated token. Failures are 403 (401 without a valid token).</summary>
    public BotActivityCheckResult CheckActivity(BotTokenValidationResult validated, string? activityServiceUrl, string? channelId)
    {
        ArgumentNullException.ThrowIfNull(validated);
        var reason = !validated.IsValid ? validated.FailureReason is BotAuthenticationFailureReason.None ? BotAuthenticationFailureReason.InvalidToken : validated.FailureReason
            : !ServiceUrlPolicy.AreSame(validated.ServiceUrl, activityServiceUrl) ? BotAuthenticationFailureReason.ServiceUrlMismatch
            : !serviceUrls.IsAllowed(activityServiceUrl) ? BotAuthenticationFailureReason.ServiceUrlNotAllowed
            : string.IsNullOrEmpty(channelId) || !validated.Endorsements.Contains(channelId) ? BotAuthenticationFailureReason.ChannelNotEndorsed
            : BotAuthenticationFailureReason.None;

        if (reason == BotAuthenticationFailureReason.None)
        {
            return BotActivityCheckResult.Allowed;
        }

        BotAuthenticationLog.ActivityRefused(logger, reason);
        return new BotActivityCheckResult(reason);
    }

    private BotTokenValidationResult Refuse(BotAuthenticationFailureReason reason)
    {
        BotAuthenticationLog.TokenRefused(logger, reason);
        return BotTokenValidationResult.Fail(reason);
    }

    private static string? ReadBearerToken(string? header)
    {
        if (header is null || !header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var token = header[BearerPrefix.Length..].Trim();
        return token.Length == 0 ? null : token;
    }

    // Reads the unverified header only to refuse early and name the reason; acceptance is decided by full validation.
    private BotAuthenticationFailureReason? CheckHeader(string token)
    {
        if (!_handler.CanReadToken(token))
        {
            return BotAuthenticationFailureReason.MalformedToken;
        }

        try
        {
            var jwt = _handler.ReadJsonWebToken(token);
            return jwt.IsEncrypted || !string.Equals(jwt.Alg, BotConnectorDefaults.Algorithm, StringComparison.Ordinal)
                ? BotAuthenticationFailureReason.UnsupportedAlgorithm
                : null;
        }
        catch (Exception exception) when (exception is ArgumentException or SecurityTokenException)
        {
            return BotAuthenticationFailureReason.MalformedToken;
        }
    }

    // RSA signature keys only: a symmetric ("oct") key in the key set can never verify a token.
    private static List<SecurityKey> SigningKeys(OpenIdConnectConfiguration configuration)
        => [.. (configuration.JsonWebKeySet?.Keys ?? [])
            .Where(k => k.Kty == JsonWebAlgorithmsKeyTypes.RSA && (string.IsNullOrEmpty(k.Use) || k.Use == JsonWebKeyUseNames.Sig))];

    private TokenValidationParameters Parameters(List<SecurityKey> keys) => new()
    {
        ValidAlgorithms = [BotConnectorDefaults.Algorithm],
        RequireSignedTokens = true,
        IssuerSigningKeys = keys,
        TryAllIssuerSigningKeys = false,
        ValidateIssuer = true,
        ValidIssuers = _issuers,
        ValidateAudience = true,
        RequireAudience = true,
        ValidAudience = _options.AppId,
        ValidateLifetime = true,
        RequireExpirationTime = true,
        ClockSkew = BotConnectorDefaults.ClockSkew,
        LifetimeValidator = ValidateLifetime,
        AuthenticationType = "BotConnector",
    };

    // The library's own lifetime check reads the system clock; this one reads the injected TimeProvider.
    private bool ValidateLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (expires is not { } expiresAt)
        {
            throw new SecurityTokenNoExpirationException("The token has no expiry.");
        }

        if (notBefore is { } validFrom && validFrom > expiresAt)
        {
            throw new SecurityTokenInvalidLifetimeException("The token's validity starts after its expiry.") { NotBefore = validFrom, Expires = expiresAt };
        }

        if (notBefore is { } start && start > now + parameters.ClockSkew)
        {
            throw new SecurityTokenNotYetValidException("The token is not valid yet.") { NotBefore = start };
        }

        if (expiresAt < now - parameters.ClockSkew)
        {
            throw new SecurityTokenExpiredException("The token has expired.") { Expires = expiresAt };
        }

        return true;
    }

    private static BotAuthenticationFailureReason ReasonFor(Exception? exception) => exception switch
    {
        SecurityTokenSignatureKeyNotFoundException => BotAuthenticationFailureReason.UnknownSigningKey,
        SecurityTokenInvalidSignatureException => BotAuthenticationFailureReason.InvalidSignature,
        SecurityTokenInvalidAlgorithmException => BotAuthenticationFailureReason.UnsupportedAlgorithm,
        SecurityTokenInvalidIssuerException => BotAuthenticationFailureReason.WrongIssuer,
        SecurityTokenInvalidAudienceException => BotAuthenticationFailureReason.WrongAudience,
        SecurityTokenExpiredException => BotAuthenticationFailureReason.Expired,
        SecurityTokenNotYetValidException => BotAuthenticationFailureReason.NotYetValid,
        SecurityTokenNoExpirationException or SecurityTokenInvalidLifetimeException => BotAuthenticationFailureReason.InvalidLifetime,
        SecurityTokenMalformedException => BotAuthenticationFailureReason.MalformedToken,
        _ => BotAuthenticationFailureReason.InvalidToken,
    };
}
