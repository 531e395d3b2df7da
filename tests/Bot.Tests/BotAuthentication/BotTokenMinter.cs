using System.Text;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using SreBot.Bot.Activities.Authentication;

namespace SreBot.Bot.Tests.BotAuthentication;

/// <summary>
/// Mints tokens shaped like the Bot Connector's: issuer api.botframework.com, audience = the app id, a <c>serviceurl</c>
/// claim, valid from a minute before <see cref="TimeProvider.GetUtcNow"/> for an hour. <c>customize</c> changes any of it.
/// </summary>
public sealed class BotTokenMinter(string appId, TimeProvider time)
{
    public const string ServiceUrl = "https://smba.trafficmanager.net/amer/";

    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };

    public string Mint(TestSigningKey key, Action<SecurityTokenDescriptor>? customize = null) => Mint(key.Credentials, customize);

    public string Mint(SigningCredentials credentials, Action<SecurityTokenDescriptor>? customize = null)
    {
        var descriptor = Descriptor();
        descriptor.SigningCredentials = credentials;
        customize?.Invoke(descriptor);
        return _handler.CreateToken(descriptor);
    }

    /// <summary>An unsecured JWT (<c>alg: none</c>, empty signature) with otherwise valid claims.</summary>
    public string MintUnsigned(Action<SecurityTokenDescriptor>? customize = null)
    {
        var descriptor = Descriptor();
        customize?.Invoke(descriptor);
        var payload = new JsonObject
        {
            ["iss"] = descriptor.Issuer,
            ["aud"] = descriptor.Audience,
            ["nbf"] = EpochTime.GetIntDate(descriptor.NotBefore!.Value),
            ["exp"] = EpochTime.GetIntDate(descriptor.Expires!.Value),
            [BotConnectorDefaults.ServiceUrlClaim] = (string?)descriptor.Claims[BotConnectorDefaults.ServiceUrlClaim],
        };
        return $"{Encode("""{"alg":"none","typ":"JWT"}""")}.{Encode(payload.ToJsonString())}.";
    }

    private SecurityTokenDescriptor Descriptor()
    {
        var now = time.GetUtcNow().UtcDateTime;
        return new SecurityTokenDescriptor
        {
            Issuer = BotConnectorDefaults.Issuer,
            Audience = appId,
            IssuedAt = now.AddMinutes(-1),
            NotBefore = now.AddMinutes(-1),
            Expires = now.AddHours(1),
            Claims = new Dictionary<string, object> { [BotConnectorDefaults.ServiceUrlClaim] = ServiceUrl },
        };
    }

    private static string Encode(string json) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(json));
}
