using System.Security.Cryptography;
using Microsoft.Extensions.Logging;

namespace SreBot.Shared.Audit.Sqlite;

/// <summary>
/// The audit key: 32 random bytes in a file readable by the owner only, created on first use. Two processes that
/// race to create it end up with the same key: each writes a private temporary file and only one can move it in.
/// </summary>
internal static class AuditKeyFile
{
    public const int KeyLength = 32;

    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static byte[] LoadOrCreate(string path, ILogger logger)
    {
        if (!File.Exists(path))
        {
            TryCreate(path, logger);
        }

        if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & ~OwnerOnly) != 0)
        {
            logger.AuditKeyFileAccessibleToOthers(path);
        }

        var key = File.ReadAllBytes(path);
        return key.Length == KeyLength
            ? key
            : throw new InvalidDataException("The audit key file does not hold a key of the expected length.");
    }

    private static void TryCreate(string path, ILogger logger)
    {
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
            logger.AuditKeyFileCreated(path);
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
