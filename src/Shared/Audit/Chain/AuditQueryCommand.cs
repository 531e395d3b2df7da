using System.Data.Common;
using SreBot.Shared.Storage;

namespace SreBot.Shared.Audit.Chain;

/// <summary>
/// Builds the SELECT for an <see cref="AuditQuery"/>. Only filters that are set become predicates, so each can use
/// its index; every value is a parameter. Timestamps compare as text, which their fixed format allows.
/// </summary>
internal static class AuditQueryCommand
{
    public static DbCommand Create(DbConnection connection, AuditQuery query, string? actorRef, int? limit)
    {
        var command = connection.CreateCommand();
        var predicates = new List<string>();

        void Where(string predicate, string parameter, object value)
        {
            predicates.Add(predicate);
            command.AddParameter(parameter, value);
        }

        if (actorRef is not null)
        {
            Where("r.actor_ref = @actor_ref", "@actor_ref", actorRef);
        }

        if (query.Tool is not null)
        {
            Where("r.tool = @tool", "@tool", query.Tool);
        }

        if (query.Decision is not null)
        {
            Where("r.decision = @decision", "@decision", query.Decision);
        }

        if (query.EventType is not null)
        {
            Where("r.event_type = @event_type", "@event_type", query.EventType);
        }

        if (query.From is { } from)
        {
            Where("r.timestamp >= @from", "@from", AuditTimestamp.ToText(from));
        }

        if (query.To is { } to)
        {
            Where("r.timestamp < @to", "@to", AuditTimestamp.ToText(to));
        }

        if (query.AfterSequence is { } afterSequence)
        {
            Where("r.sequence > @after_sequence", "@after_sequence", afterSequence);
        }

        var where = predicates.Count == 0 ? string.Empty : "WHERE " + string.Join(" AND ", predicates);
        var page = limit is null ? string.Empty : "LIMIT @limit";
        if (limit is { } rows)
        {
            command.AddParameter("@limit", rows);
        }

        command.CommandText = $"""
            SELECT {AuditRecordColumns.Chained}, a.user_id
            FROM audit_records r LEFT JOIN audit_actors a ON a.actor_ref = r.actor_ref
            {where}
            ORDER BY r.sequence
            {page}
            """;
        return command;
    }
}
