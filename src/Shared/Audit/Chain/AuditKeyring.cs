using System.Security.Cryptography;
using System.Text;
using SreBot.Shared.Storage.Keys;

namespace SreBot.Shared.Audit.Chain;

/// <summary>
/// Keys derived from the audit key, which every replica shares (<see cref="ISharedKeyStore"/>: a file in the data
/// directory, or a Key Vault secret): one for actor pseudonyms, one for the head's MAC, one for the retention checkpoint's
/// MAC (a separate key, so neither MAC can stand in for the other). The key is read, or created, on first use; a failure
/// is retried on the next use.
/// </summary>
internal sealed class AuditKeyring
{
    public const string FileName = "audit.key";

    public static readonly SharedKey Key = new(FileName, "srebot-audit-key", "audit key");

    private readonly Lazy<(byte[] ActorKey, byte[] HeadKey, byte[] CheckpointKey)> _keys;

    public AuditKeyring(ISharedKeyStore keys)
    {
        _keys = new(() => Derive(keys.LoadOrCreate(Key)), LazyThreadSafetyMode.PublicationOnly);
    }

    /// <summary>The user's pseudonym: HMAC-SHA256 of the UTF-8 user id, first 16 bytes as lowercase hex.</summary>
    public string ActorRefFor(string userId)
    {
        var mac = HMACSHA256.HashData(_keys.Value.ActorKey, AuditCanonicalEncoding.ToUtf8(userId));
        return Convert.ToHexStringLower(mac.AsSpan(0, 16));
    }

    public string HeadMacFor(AuditHead head) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(_keys.Value.HeadKey, AuditCanonicalEncoding.HeadBytes(head)));

    public bool IsValidHeadMac(AuditHead head, string mac) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(HeadMacFor(head)), Encoding.ASCII.GetBytes(mac));

    public string CheckpointMacFor(AuditCheckpoint checkpoint) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(_keys.Value.CheckpointKey, AuditCanonicalEncoding.CheckpointBytes(checkpoint)));

    public bool IsValidCheckpointMac(AuditCheckpoint checkpoint, string mac) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(CheckpointMacFor(checkpoint)), Encoding.ASCII.GetBytes(mac));

    private static (byte[] ActorKey, byte[] HeadKey, byte[] CheckpointKey) Derive(byte[] key) => (
        HMACSHA256.HashData(key, "srebot.audit.actor-ref.v1"u8),
        HMACSHA256.HashData(key, "srebot.audit.head.v1"u8),
        HMACSHA256.HashData(key, "srebot.audit.checkpoint.v1"u8));
}
