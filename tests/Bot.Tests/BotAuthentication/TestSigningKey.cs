using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace SreBot.Bot.Tests.BotAuthentication;

/// <summary>An RSA key pair as the Bot Connector publishes it: a JWKS entry with a <c>kid</c> and its <c>endorsements</c>.</summary>
public sealed class TestSigningKey : IDisposable
{
    private readonly RSA _rsa;

    public TestSigningKey(string keyId, params string[] endorsements)
    {
        _rsa = RSA.Create(2048);
        KeyId = keyId;
        Endorsements = endorsements;
        Credentials = new SigningCredentials(new RsaSecurityKey(_rsa) { KeyId = keyId }, SecurityAlgorithms.RsaSha256);
    }

    public string KeyId { get; }

    public IReadOnlyList<string> Endorsements { get; }

    /// <summary>RS256 credentials with the private key, for minting tokens.</summary>
    public SigningCredentials Credentials { get; }

    /// <summary>The public JWKS entry.</summary>
    public JsonObject ToJwk()
    {
        var parameters = _rsa.ExportParameters(includePrivateParameters: false);
        return new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            ["endorsements"] = new JsonArray([.. Endorsements.Select(e => JsonValue.Create(e))]),
        };
    }

    public void Dispose() => _rsa.Dispose();
}
