namespace SreBot.Shared.Audit;

/// <summary>Filters for reading the audit log; all optional. Results are in sequence order.</summary>
/// <param name="From">Earliest timestamp, inclusive.</param>
/// <param name="To">Latest timestamp, exclusive.</param>
/// <param name="AfterSequence">Only records after this sequence: pass the last sequence of a page to get the next.</param>
/// <param name="Limit">Page size for <see cref="IAuditLog.QueryAsync"/>, clamped to 1..1000; ignored by export.</param>
public sealed record AuditQuery(
    string? UserId = null,
    string? Tool = null,
    string? Decision = null,
    string? EventType = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    long? AfterSequence = null,
    int Limit = 100);
