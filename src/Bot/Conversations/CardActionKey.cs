using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using SreBot.Shared.Storage;

namespace SreBot.Bot.Conversations;

/// <summary>
/// The key that MACs what SreBot puts on cards for a later click (the "forget me" confirmation): 32 random bytes in
/// <c>card-actions.key</c> in the data directory (a <see cref="KeyFile"/>: owner-only, created on first use, safe when two
/// processes race to create it).
/// </summary>
public sealed class CardActionKey
{
    public const string FileName = "card-actions.key";
    public const int KeyLength = KeyFile.KeyLength;

    private readonly Lazy<byte[]> _key;

    public CardActionKey(IOptions<SreBotOptions> options)
    {
        var path = Path.Combine(options.Value.ResolveDataDirectory(), FileName);
        _key = new(() => KeyFile.LoadOrCreate(path, FileName, out _), LazyThreadSafetyMode.PublicationOnly);
    }

    /// <summary>HMAC-SHA256 of <paramref name="message"/> under this key, with <paramref name="purpose"/> deriving a key of its own.</summary>
    public byte[] Mac(string purpose, ReadOnlySpan<byte> message)
        => HMACSHA256.HashData(HMACSHA256.HashData(_key.Value, System.Text.Encoding.UTF8.GetBytes(purpose)), message);
}
