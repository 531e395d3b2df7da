using System.Data.Common;

namespace SreBot.Shared.Audit.Chain;

/// <summary>The chained columns of <c>audit_records</c> (alias <c>r</c>), and how to read them.</summary>
internal static class AuditRecordColumns
{
    public const string Chained = """
        r.sequence, r.timestamp, r.event_type, r.actor_ref, r.tool, r.arguments_hash, r.decision, r.outcome,
        r.correlation_id, r.detail, r.previous_hash, r.hash
        """;

    public const int PreviousHash = 10;
    public const int Hash = 11;

    /// <summary>The first column after <see cref="Chained"/>, where queries select the resolved user id.</summary>
    public const int UserId = 12;

    public static AuditChainFields ReadChainFields(DbDataReader reader) => new(
        reader.GetInt64(0),
        Text(reader, 1),
        Text(reader, 2),
        Text(reader, 3),
        Text(reader, 4),
        Text(reader, 5),
        Text(reader, 6),
        Text(reader, 7),
        Text(reader, 8),
        Text(reader, 9));

    public static AuditRecord ReadRecord(DbDataReader reader)
    {
        var fields = ReadChainFields(reader);
        return new AuditRecord(
            fields.Sequence,
            AuditTimestamp.Parse(fields.Timestamp ?? string.Empty),
            fields.EventType ?? string.Empty,
            fields.ActorRef,
            Text(reader, UserId),
            fields.Tool,
            fields.ArgumentsHash,
            fields.Decision ?? string.Empty,
            fields.Outcome ?? string.Empty,
            fields.CorrelationId ?? string.Empty,
            fields.Detail,
            Text(reader, PreviousHash) ?? string.Empty,
            Text(reader, Hash) ?? string.Empty);
    }

    public static string? Text(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
