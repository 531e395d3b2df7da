using SreBot.Shared.Diagnostics;

namespace SreBot.Shared.Audit;

/// <summary>
/// The one way code records to the audit log: the entry is built here, under the current correlation id unless the
/// caller carries its own (a tool call keeps one id from start to end). The log itself bounds every field
/// (<see cref="AuditFieldLimits"/>). Outcomes come from <see cref="AuditOutcomes"/>, decisions from <see cref="AuditDecisions"/>.
/// </summary>
public static class AuditRecording
{
    /// <summary>A record about an actor only (no tool, no arguments).</summary>
    public static Task RecordAsync(
        this IAuditLog audit, string eventType, string? userId, string decision, string outcome, string? detail, CancellationToken cancellationToken)
        => audit.RecordAsync(eventType, userId, null, null, decision, outcome, detail, CorrelationId.Current(), cancellationToken);

    /// <summary>A record about a tool or operation, with the hash of its arguments when there are any.</summary>
    public static Task RecordAsync(
        this IAuditLog audit, string eventType, string? userId, string? tool, string? argumentsHash, string decision, string outcome, string? detail,
        CancellationToken cancellationToken)
        => audit.RecordAsync(eventType, userId, tool, argumentsHash, decision, outcome, detail, CorrelationId.Current(), cancellationToken);

    /// <summary>As above, under <paramref name="correlationId"/>.</summary>
    public static Task RecordAsync(
        this IAuditLog audit, string eventType, string? userId, string? tool, string? argumentsHash, string decision, string outcome, string? detail,
        string correlationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(audit);
        return audit.AppendAsync(new AuditEntry(eventType, userId, tool, argumentsHash, decision, outcome, correlationId, detail), cancellationToken);
    }
}
