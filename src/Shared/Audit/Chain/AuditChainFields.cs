namespace SreBot.Shared.Audit.Chain;

/// <summary>
/// The fields of a record that its hash covers, as stored. Text fields are nullable because the verifier must be
/// able to hash whatever it finds in the table, including tampered rows.
/// </summary>
internal readonly record struct AuditChainFields(
    long Sequence,
    string? Timestamp,
    string? EventType,
    string? ActorRef,
    string? Tool,
    string? ArgumentsHash,
    string? Decision,
    string? Outcome,
    string? CorrelationId,
    string? Detail)
{
    public static AuditChainFields Of(AuditRecord record) => new(
        record.Sequence,
        AuditTimestamp.ToText(record.Timestamp),
        record.EventType,
        record.ActorRef,
        record.Tool,
        record.ArgumentsHash,
        record.Decision,
        record.Outcome,
        record.CorrelationId,
        record.Detail);
}
