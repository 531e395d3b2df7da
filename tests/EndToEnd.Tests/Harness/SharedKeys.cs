using System.Security.Cryptography;
using SreBot.Bot.Auth;
using SreBot.Bot.Conversations;

namespace SreBot.EndToEnd.Tests.Harness;

/// <summary>
/// The keys replicas must share, made once and given to every replica: the audit HMAC key (pseudonyms and checkpoints),
/// the card-action key and the local issuer's signing key (a token minted by one replica is accepted by the other).
/// The one place the harness shares them: today by copying the files into each replica's data directory, as
/// docs/scale-out.md says for a shared volume.
/// </summary>
public sealed class SharedKeys
{
    /// <summary>The audit key file's name (Shared's AuditKeyring.FileName, internal to that assembly).</summary>
    public const string AuditKeyFileName = "audit.key";

    private readonly byte[] auditKey = RandomNumberGenerator.GetBytes(32);
    private readonly byte[] cardActionKey = RandomNumberGenerator.GetBytes(CardActionKey.KeyLength);
    private readonly string issuerKeyPem;

    public SharedKeys()
    {
        using var rsa = RSA.Create(2048);
        issuerKeyPem = rsa.ExportPkcs8PrivateKeyPem();
    }

    /// <summary>Writes the keys (owner-only) into a replica's data directory before it starts.</summary>
    public void ProvideTo(string dataDirectory)
    {
        Directory.CreateDirectory(dataDirectory);
        Write(Path.Combine(dataDirectory, AuditKeyFileName), auditKey);
        Write(Path.Combine(dataDirectory, CardActionKey.FileName), cardActionKey);
        Write(Path.Combine(dataDirectory, LocalSigningKey.FileName), System.Text.Encoding.ASCII.GetBytes(issuerKeyPem));
    }

    private static void Write(string path, byte[] content)
    {
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using var stream = new FileStream(path, options);
        stream.Write(content);
    }
}
