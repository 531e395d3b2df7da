using System.Security.Cryptography;

namespace SreBot.Shared.Storage;

/// <summary>
/// A 32-byte random key (or a key as text, such as a PEM) in a file readable by the owner only, created on first use (the
/// audit key, the card-action key, the local issuer's key). Two processes that race to create it end up with the same key:
/// each writes a private temporary file and only one can move it in.
/// </summary>
public static class KeyFile
{
    public const int KeyLength = 32;

    public const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>The key in <paramref name="path"/>; <paramref name="created"/> is true when this call made the file.</summary>
    /// <exception cref="InvalidDataException">The file holds no key of <see cref="KeyLength"/> bytes (named by <paramref name="description"/>).</exception>
    public static byte[] LoadOrCreate(string path, string description, out bool created)
    {
        created = !File.Exists(path) && TryCreate(path, RandomNumberGenerator.GetBytes(KeyLength));
        var key = File.ReadAllBytes(path);
        return key.Length == KeyLength ? key : throw new InvalidDataException($"The {description} does not hold a key of the expected length.");
    }

    /// <summary>The text in <paramref name="path"/>, written from <paramref name="create"/> when the file does not exist.</summary>
    public static string LoadOrCreateText(string path, Func<string> create, out bool created)
    {
        ArgumentNullException.ThrowIfNull(create);
        created = !File.Exists(path) && TryCreate(path, System.Text.Encoding.UTF8.GetBytes(create()));
        return File.ReadAllText(path);
    }

    /// <summary>True when the file's mode lets anyone but its owner read or write it.</summary>
    public static bool IsAccessibleToOthers(string path) => !OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & ~OwnerOnly) != 0;

    private static bool TryCreate(string path, byte[] content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
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
                stream.Write(content);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: false);
            return true;
        }
        catch (IOException) when (File.Exists(path))
        {
            return false; // another process created the key first; use theirs
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
