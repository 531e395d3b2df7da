namespace SreBot.Shared.Retention;

/// <summary>A retention pass this replica ran: when, and what each data type with a period purged.</summary>
public sealed record RetentionPass(DateTimeOffset StartedAt, IReadOnlyList<RetentionPurge> Purges);
