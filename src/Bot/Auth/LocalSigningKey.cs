using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;
using SreBot.Shared.Storage.Keys;

namespace SreBot.Bot.Auth;

/// <summary>
/// The local issuer's RSA key, a PEM kept where shared keys live (<c>Storage:Keys</c>: an owner-only file in the data
/// directory, or a Key Vault secret). Created on first use; never logged or returned by any endpoint.
/// </summary>
public sealed class LocalSigningKey : IDisposable
{
    public const string FileName = "local-issuer-key.pem";

    public static readonly SharedKey Key = new(FileName, "srebot-local-issuer-key", "local issuer key");

    private readonly RSA _rsa;

    private LocalSigningKey(RSA rsa)
    {
        _rsa = rsa;
        var parameters = rsa.ExportParameters(includePrivateParameters: false);
        var keyId = Base64UrlEncoder.Encode(SHA256.HashData([.. parameters.Modulus!, .. parameters.Exponent!]))[..16];
        SigningKey = new RsaSecurityKey(rsa) { KeyId = keyId };
        ValidationKey = new RsaSecurityKey(parameters) { KeyId = keyId };
    }

    /// <summary>Private key, for minting.</summary>
    public RsaSecurityKey SigningKey { get; }

    /// <summary>Public key only, for validation.</summary>
    public RsaSecurityKey ValidationKey { get; }

    /// <summary>The key every replica shares (<see cref="ISharedKeyStore"/>), a new 2048-bit RSA key when there is none yet.</summary>
    public static LocalSigningKey LoadOrCreate(ISharedKeyStore keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var pem = keys.LoadOrCreateText(Key, static () =>
        {
            using var created = RSA.Create(2048);
            return created.ExportPkcs8PrivateKeyPem();
        });
        var rsa = RSA.Create();
        rsa.ImportFromPem(pem);
        return new LocalSigningKey(rsa);
    }

    public void Dispose() => _rsa.Dispose();
}
