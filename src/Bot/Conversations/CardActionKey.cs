using System.Security.Cryptography;
using SreBot.Shared.Storage;
using SreBot.Shared.Storage.Keys;

namespace SreBot.Bot.Conversations;

/// <summary>
/// The key that MACs what SreBot puts on cards for a later click (the "forget me" confirmation): 32 random bytes, kept
/// where <c>Storage:Keys:Source</c> says (<c>card-actions.key</c> in the data directory, or the Key Vault secret
/// <c>srebot-card-action-key</c>), created on first use, so a card one replica sent is confirmed on another.
/// </summary>
public sealed class CardActionKey
{
    public const string FileName = "card-actions.key";
    public const int KeyLength = KeyFile.KeyLength;

    public static readonly SharedKey Key = new(FileName, "srebot-card-action-key", "card-action key");

    private readonly Lazy<byte[]> _key;

    public CardActionKey(ISharedKeyStore keys)
        => _key = new(() => keys.LoadOrCreate(Key), LazyThreadSafetyMode.PublicationOnly);

    /// <summary>HMAC-SHA256 of <paramref name="message"/> under this key, with <paramref name="purpose"/> deriving a key of its own.</summary>
    public byte[] Mac(string purpose, ReadOnlySpan<byte> message)
        => HMACSHA256.HashData(HMACSHA256.HashData(_key.Value, System.Text.Encoding.UTF8.GetBytes(purpose)), message);
}
