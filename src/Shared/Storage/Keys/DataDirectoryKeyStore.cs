using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SreBot.Shared.Storage.Keys;

/// <summary>
/// Shared keys as owner-only files in the data directory (<see cref="KeyFile"/>). With several replicas the data
/// directory must be one shared, mounted volume, so that every replica reads the same files.
/// </summary>
internal sealed class DataDirectoryKeyStore(IOptions<SreBotOptions> options, ILogger<DataDirectoryKeyStore> logger) : ISharedKeyStore
{
    public byte[] LoadOrCreate(SharedKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var path = PathOf(key);
        var value = KeyFile.LoadOrCreate(path, key.Description, out var created);
        Report(key, path, created);
        return value;
    }

    public string LoadOrCreateText(SharedKey key, Func<string> create)
    {
        ArgumentNullException.ThrowIfNull(key);
        var path = PathOf(key);
        var value = KeyFile.LoadOrCreateText(path, create, out var created);
        Report(key, path, created);
        return value;
    }

    private string PathOf(SharedKey key)
    {
        var directory = options.Value.ResolveDataDirectory();
        OwnerOnly.CreateDirectory(directory);
        return Path.Combine(directory, key.FileName);
    }

    private void Report(SharedKey key, string path, bool created)
    {
        if (created)
        {
            logger.KeyFileCreated(key.Description, path);
        }

        if (KeyFile.IsAccessibleToOthers(path))
        {
            logger.KeyFileAccessibleToOthers(key.Description, path);
        }
    }
}
