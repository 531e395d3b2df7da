using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;
using SreBot.Shared.Storage;

namespace SreBot.Bot.Auth;

/// <summary>
/// The local issuer's RSA key, kept as a PEM file readable only by its owner in the data directory.
/// Created on first use; never logged or returned by any endpoint.
/// </summary>
public sealed class LocalSigningKey : IDisposable
{
    public const string FileName = "local-issuer-key.pem";

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

    public static LocalSigningKey LoadOrCreate(string dataDirectory)
    {
        OwnerOnly.CreateDirectory(dataDirectory);
        var path = Path.Combine(dataDirectory, FileName);
        var rsa = RSA.Create();
        if (File.Exists(path))
        {
            rsa.ImportFromPem(File.ReadAllText(path));
            return new LocalSigningKey(rsa);
        }

        rsa.KeySize = 2048;
        var pem = rsa.ExportPkcs8PrivateKeyPem();
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        var createOptions = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            createOptions.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var stream = new FileStream(temporary, createOptions))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(pem);
        }

        try
        {
            // Two processes starting together: the first key written wins and both use it.
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temporary);
            rsa.ImportFromPem(File.ReadAllText(path));
        }

        return new LocalSigningKey(rsa);
    }

    public void Dispose() => _rsa.Dispose();
}
