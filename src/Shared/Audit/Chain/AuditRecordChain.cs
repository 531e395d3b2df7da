namespace SreBot.Shared.Audit.Chain;

/// <summary>Turns an entry into the next record after <paramref name="head"/>: sequence, timestamp, link and hash.</summary>
internal static class AuditRecordChain
{
    /// <param name="actorRef">The entry user's pseudonym, or null when there is no user.</param>
    /// <param name="userId">The user id the record shows (null for an erasure, which keeps only the pseudonym).</param>
    public static AuditRecord Link(AuditHead head, AuditEntry entry, string? actorRef, string? userId, DateTimeOffset now)
    {
        var unhashed = new AuditRecord(
            head.Sequence + 1,
            AuditTimestamp.Normalize(now),
            entry.EventType,
            actorRef,
            userId,
            entry.Tool,
            entry.ArgumentsHash,
            entry.Decision,
            entry.Outcome,
            entry.CorrelationId,
            entry.Detail,
            head.Hash,
            Hash: string.Empty);
        return unhashed with { Hash = AuditCanonicalEncoding.ComputeHash(head.Hash, AuditChainFields.Of(unhashed)) };
    }
}
