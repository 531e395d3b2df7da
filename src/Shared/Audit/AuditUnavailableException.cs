namespace SreBot.Shared.Audit;

/// <summary>The audit record could not be written durably; the action it describes must not run.</summary>
public sealed class AuditUnavailableException(string message, Exception? innerException = null)
    : Exception(message, innerException);
