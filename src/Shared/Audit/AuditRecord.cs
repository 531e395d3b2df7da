namespace SreBot.Shared.Audit;

/// <summary>A stored audit record.</summary>
/// <param name="Sequence">1-based position in the chain.</param>
/// <param name="ActorRef">Keyed pseudonym of the user, part of the chained bytes.</param>
/// <param name="UserId">The user, resolved from the pseudonym; null when none or erased.</param>
/// <param name="PreviousHash">Hash of the record before (64 zeros for the first).</param>
/// <param name="Hash">SHA-256 over <paramref name="PreviousHash"/> and this record's chained fields.</param>
public sealed record AuditRecord(
    long Sequence,
    DateTimeOffset Timestamp,
    string EventType,
    string? ActorRef,
    string? UserId,
    string? Tool,
    string? ArgumentsHash,
    string Decision,
    string Outcome,
    string CorrelationId,
    string? Detail,
    string PreviousHash,
    string Hash);
