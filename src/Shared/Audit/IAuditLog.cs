namespace SreBot.Shared.Audit;

/// <summary>
/// The append-only, hash-chained audit log. <see cref="AppendAsync"/> returns only once the record is durable;
/// when it cannot be written it throws <see cref="AuditUnavailableException"/> and the caller must not act.
/// </summary>
public interface IAuditLog
{
    Task<AuditRecord> AppendAsync(AuditEntry entry, CancellationToken cancellationToken);

    /// <summary>Reads at most <see cref="AuditQuery.Limit"/> records (clamped to 1..1000) in sequence order.</summary>
    Task<IReadOnlyList<AuditRecord>> QueryAsync(AuditQuery query, CancellationToken cancellationToken);

    /// <summary>Streams every matching record in sequence order; <see cref="AuditQuery.Limit"/> is ignored.</summary>
    IAsyncEnumerable<AuditRecord> ExportAsync(AuditQuery query, CancellationToken cancellationToken);

    /// <summary>Walks the whole chain and reports the first broken position, if any.</summary>
    Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken);
}
