using Microsoft.Extensions.Logging;

namespace SreBot.Shared.Audit.Chain;

internal static partial class AuditLogMessages
{
    [LoggerMessage(EventId = 4101, Level = LogLevel.Error, Message = "An audit batch of {Count} entries could not be written; those appends fail closed")]
    public static partial void AuditBatchFailed(this ILogger logger, int count, Exception exception);
}
