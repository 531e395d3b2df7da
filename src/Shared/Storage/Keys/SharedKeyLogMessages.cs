using Microsoft.Extensions.Logging;

namespace SreBot.Shared.Storage.Keys;

internal static partial class SharedKeyLogMessages
{
    [LoggerMessage(EventId = 4102, Level = LogLevel.Information, Message = "Created the {Description} file {Path}")]
    public static partial void KeyFileCreated(this ILogger logger, string description, string path);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Warning, Message = "The {Description} file {Path} can be read by users other than its owner; restrict it to mode 600")]
    public static partial void KeyFileAccessibleToOthers(this ILogger logger, string description, string path);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Information, Message = "Created the {Description} as the Key Vault secret {SecretName}")]
    public static partial void KeySecretCreated(this ILogger logger, string description, string secretName);
}
