using Microsoft.Extensions.Logging;

namespace SreBot.Shared.Audit.Chain;

internal static partial class AuditLogMessages
{
    [LoggerMessage(EventId = 4101, Level = LogLevel.Error, Message = "An audit batch of {Count} entries could not be written; those appends fail closed")]
    public static partial void AuditBatchFailed(this ILogger logger, int count, Exception exception);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Information, Message = "Created the audit key file {Path}")]
    public static partial void AuditKeyFileCreated(this ILogger logger, string path);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Warning, Message = "The audit key file {Path} can be read by users other than its owner; restrict it to mode 600")]
    public static partial void AuditKeyFileAccessibleToOthers(this ILogger logger, string path);
}
