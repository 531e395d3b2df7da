namespace SreBot.Shared.Audit;

/// <summary>Filters for reading the audit log; all optional. Results are in sequence order.</summary>
public sealed record AuditQuery(
    string? UserId = null,
    string? Tool = null,
    string? Decision = null,
    string? EventType = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    long? AfterSequence = null,
    int Limit = 100);
