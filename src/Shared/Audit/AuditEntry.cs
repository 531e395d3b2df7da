namespace SreBot.Shared.Audit;

/// <summary>What a caller asks the audit log to record. The log adds sequence, time and chain hashes.</summary>
/// <param name="EventType">Dotted event name, see <see cref="AuditEventTypes"/>.</param>
/// <param name="UserId">The acting user; personal data, so it is stored beside the chain under a keyed pseudonym.</param>
/// <param name="Tool">Tool or operation name, when there is one.</param>
/// <param name="ArgumentsHash">SHA-256 of the canonical arguments (never the arguments themselves).</param>
/// <param name="Decision">Policy decision: see <see cref="AuditDecisions"/>.</param>
/// <param name="Outcome">What happened: <c>success</c>, <c>error</c>, <c>refused</c>, ...</param>
/// <param name="CorrelationId">Ties the record to a request trace.</param>
/// <param name="Detail">Non-personal, secret-free detail such as a denial reason code.</param>
public sealed record AuditEntry(
    string EventType,
    string? UserId,
    string? Tool,
    string? ArgumentsHash,
    string Decision,
    string Outcome,
    string CorrelationId,
    string? Detail = null);
