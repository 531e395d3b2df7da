using Microsoft.Extensions.Logging;
using SreBot.Shared.Storage;

namespace SreBot.Shared.Audit.Chain;

/// <summary>The audit key: a <see cref="KeyFile"/>, whose creation is logged and whose loose mode is warned about.</summary>
internal static class AuditKeyFile
{
    public const int KeyLength = KeyFile.KeyLength;

    public static byte[] LoadOrCreate(string path, ILogger logger)
    {
        var key = KeyFile.LoadOrCreate(path, "audit key file", out var created);
        if (created)
        {
            logger.AuditKeyFileCreated(path);
        }

        if (KeyFile.IsAccessibleToOthers(path))
        {
            logger.AuditKeyFileAccessibleToOthers(path);
        }

        return key;
    }
}
