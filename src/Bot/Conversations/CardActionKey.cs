using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using SreBot.Shared.Storage;

namespace SreBot.Bot.Conversations;

/// <summary>
/// The key that MACs what SreBot puts on cards for a later click (the "forget me" confirmation): 32 random bytes in
/// <c>card-actions.key</c> in the data directory, readable by the owner only, created on first use. Two processes that
/// race to create it end up with the same key: each writes a private temporary file and only one can move it in.
/// </summary>
public sealed class CardActionKey
{
    public const string FileName = "card-actions.key";
    public const int KeyLength = 32;

    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private readonly Lazy<byte[]> _key;

    public CardActionKey(IOptions<SreBotOptions> options)
    {
        var path = Path.Combine(options.Value.ResolveDataDirectory(), FileName);
        _key = new(() => LoadOrCreate(path), LazyThreadSafetyMode.PublicationOnly);
    }

    /// <summary>HMAC-SHA256 of <paramref name="message"/> under this key, with <paramref name="purpose"/> deriving a key of its own.</summary>
    public byte[] Mac(string purpose, ReadOnlySpan<byte> message)
        => HMACSHA256.HashData(HMACSHA256.HashData(_key.Value, System.Text.Encoding.UTF8.GetBytes(purpose)), message);

    private static byte[] LoadOrCreate(string path)
    {
        if (!File.Exists(path))
        {
            TryCreate(path);
        }

        var key = File.ReadAllBytes(path);
        return key.Length == KeyLength ? key : throw new InvalidDataException($"{FileName} does not hold a key of the expected length.");
    }

    private static void TryCreate(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = OwnerOnly;
            }

            using (var stream = new FileStream(temporary, options))
            {
                stream.Write(RandomNumberGenerator.GetBytes(KeyLength));
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created the key first; use theirs.
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
