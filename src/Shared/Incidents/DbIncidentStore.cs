using System.Data.Common;
using SreBot.Shared.Storage;

namespace SreBot.Shared.Incidents;

/// <summary>
/// The incidents' SQL, the same on both backends (<c>@name</c> parameters); a backend supplies its connection, how it
/// stores a time, and the transaction that serialises recordings (<see cref="SqliteIncidentStore"/>, <see cref="PostgresIncidentStore"/>).
/// </summary>
internal abstract class DbIncidentStore : IIncidentStore
{
    private const string Columns = "id, status, severity, title, resource_id, plan, verdict, trace_id, thread_id, created_at, updated_at, closed_at";

    protected abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>A transaction no other recording runs beside (SQLite: an immediate one; PostgreSQL: an advisory lock).</summary>
    protected abstract Task<DbTransaction> BeginRecordingAsync(DbConnection connection, CancellationToken cancellationToken);

    protected abstract object WriteTime(DateTimeOffset value);

    protected abstract DateTimeOffset ReadTime(DbDataReader reader, int ordinal);

    public async Task<IncidentRecording?> RecordAlertAsync(IncidentAlert alert, DateTimeOffset now, TimeSpan groupingWindow, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await BeginRecordingAsync(connection, cancellationToken);
        var change = await ApplyAsync(connection, transaction, alert, now, groupingWindow, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (change is null)
        {
            return null;
        }

        var (id, kind) = change.Value;
        return new IncidentRecording((await ReadAsync(connection, null, "WHERE id = @id", 1, cancellationToken, ("id", id)))[0], kind);
    }

    public async Task<Incident?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var incidents = await ReadAsync(connection, null, "WHERE id = @id", 1, cancellationToken, ("id", id));
        return incidents.Count == 0 ? null : incidents[0];
    }

    public async Task<IReadOnlyList<Incident>> ListAsync(string? status, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return status is null
            ? await ReadAsync(connection, null, string.Empty, limit, cancellationToken)
            : await ReadAsync(connection, null, "WHERE status = @status", limit, cancellationToken, ("status", status));
    }

    public async Task<bool> RecordInvestigationAsync(string id, string verdict, string? traceId, string status, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(null, """
            UPDATE incidents SET verdict = @verdict, trace_id = @trace, updated_at = @now,
                status = CASE WHEN status = @investigating THEN @status ELSE status END
            WHERE id = @id
            """, cancellationToken,
            ("verdict", verdict), ("trace", traceId), ("now", WriteTime(now)), ("investigating", IncidentStatus.Investigating), ("status", status), ("id", id)) == 1;
    }

    public async Task<int> DeleteChangedBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(null, "DELETE FROM incidents WHERE updated_at < @cutoff", cancellationToken, ("cutoff", WriteTime(cutoff)));
    }

    private async Task<(string Id, IncidentChange Change)?> ApplyAsync(
        DbConnection connection, DbTransaction transaction, IncidentAlert alert, DateTimeOffset now, TimeSpan groupingWindow, CancellationToken cancellationToken)
    {
        var at = WriteTime(now);
        var alertStatus = alert.Firing ? IncidentAlertState.Firing : IncidentAlertState.Resolved;
        var same = await ScalarAsync(connection, transaction, """
            SELECT i.id FROM incidents i JOIN incident_alerts a ON a.incident_id = i.id
            WHERE i.closed_at IS NULL AND a.source = @source AND a.dedupe_key = @key
            ORDER BY i.created_at DESC LIMIT 1
            """, cancellationToken, ("source", alert.Source), ("key", alert.DedupeKey));
        if (same is not null)
        {
            await connection.ExecuteAsync(transaction, """
                UPDATE incident_alerts SET status = @status, last_seen = @now, summary = COALESCE(@summary, summary),
                    count = count + CASE WHEN @firing = 1 THEN 1 ELSE 0 END
                WHERE incident_id = @id AND source = @source AND dedupe_key = @key
                """, cancellationToken,
                ("status", alertStatus), ("now", at), ("summary", alert.Summary), ("firing", alert.Firing ? 1 : 0), ("id", same), ("source", alert.Source), ("key", alert.DedupeKey));
            return (same, await TouchAsync(connection, transaction, same, alert.Firing, at, cancellationToken));
        }

        if (!alert.Firing)
        {
            return null;
        }

        var grouped = await ScalarAsync(connection, transaction, """
            SELECT id FROM incidents WHERE closed_at IS NULL AND resource_key = @resource AND last_alert_at >= @since
            ORDER BY last_alert_at DESC LIMIT 1
            """, cancellationToken, ("resource", alert.ResourceId.ToLowerInvariant()), ("since", WriteTime(now - groupingWindow)));
        var id = grouped ?? Incident.NewId();
        if (grouped is null)
        {
            await connection.ExecuteAsync(transaction, $"""
                INSERT INTO incidents ({Columns}, resource_key, last_alert_at)
                VALUES (@id, @status, @severity, @title, @resource, @plan, NULL, NULL, @thread, @now, @now, NULL, @key, @now)
                """, cancellationToken,
                ("id", id), ("status", alert.InScope ? IncidentStatus.Investigating : IncidentStatus.OutOfScope), ("severity", alert.Severity),
                ("title", alert.Name), ("resource", alert.ResourceId), ("plan", IncidentPlans.Default), ("thread", IncidentThreads.ThreadIdFor(id)),
                ("now", at), ("key", alert.ResourceId.ToLowerInvariant()));
        }

        await connection.ExecuteAsync(transaction, """
            INSERT INTO incident_alerts (incident_id, source, dedupe_key, name, status, count, first_seen, last_seen, summary)
            VALUES (@id, @source, @key, @name, @status, 1, @now, @now, @summary)
            ON CONFLICT (incident_id, source, dedupe_key) DO UPDATE SET status = excluded.status, count = incident_alerts.count + 1, last_seen = excluded.last_seen
            """, cancellationToken,
            ("id", id), ("source", alert.Source), ("key", alert.DedupeKey), ("name", alert.Name), ("status", alertStatus), ("now", at), ("summary", alert.Summary));
        if (grouped is null)
        {
            return (id, IncidentChange.Created);
        }

        await TouchAsync(connection, transaction, id, firing: true, at, cancellationToken);
        return (id, IncidentChange.Grouped);
    }

    /// <summary>Moves the incident's last change (and last alert, for a firing one); closes it when none of its alerts fires any more.</summary>
    private static async Task<IncidentChange> TouchAsync(DbConnection connection, DbTransaction transaction, string id, bool firing, object at, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(transaction,
            "UPDATE incidents SET updated_at = @now, last_alert_at = CASE WHEN @firing = 1 THEN @now ELSE last_alert_at END WHERE id = @id",
            cancellationToken, ("now", at), ("firing", firing ? 1 : 0), ("id", id));
        if (firing)
        {
            return IncidentChange.Repeated;
        }

        var closed = await connection.ExecuteAsync(transaction, """
            UPDATE incidents SET closed_at = @now, status = CASE WHEN status = @outOfScope THEN status ELSE @resolved END
            WHERE id = @id AND NOT EXISTS (SELECT 1 FROM incident_alerts WHERE incident_id = @id AND status = @firingStatus)
            """, cancellationToken,
            ("now", at), ("outOfScope", IncidentStatus.OutOfScope), ("resolved", IncidentStatus.Resolved), ("id", id), ("firingStatus", IncidentAlertState.Firing));
        return closed == 1 ? IncidentChange.Resolved : IncidentChange.AlertResolved;
    }

    private static async Task<string?> ScalarAsync(
        DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = connection.Command(transaction, sql, parameters);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    private async Task<IReadOnlyList<Incident>> ReadAsync(
        DbConnection connection, DbTransaction? transaction, string where, int limit, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        var incidents = new List<Incident>();
        await using (var command = connection.Command(transaction, $"SELECT {Columns} FROM incidents {where} ORDER BY updated_at DESC, id LIMIT @limit", [.. parameters, ("limit", limit)]))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                incidents.Add(new Incident(
                    reader.GetString(0), reader.GetString(1), NullableString(reader, 2), reader.GetString(3), reader.GetString(4), reader.GetString(5),
                    NullableString(reader, 6), NullableString(reader, 7), reader.GetString(8), ReadTime(reader, 9), ReadTime(reader, 10),
                    reader.IsDBNull(11) ? null : ReadTime(reader, 11), []));
            }
        }

        for (var i = 0; i < incidents.Count; i++)
        {
            incidents[i] = incidents[i] with { Alerts = await ReadAlertsAsync(connection, transaction, incidents[i].Id, cancellationToken) };
        }

        return incidents;
    }

    private async Task<IReadOnlyList<IncidentAlertState>> ReadAlertsAsync(DbConnection connection, DbTransaction? transaction, string id, CancellationToken cancellationToken)
    {
        var alerts = new List<IncidentAlertState>();
        await using var command = connection.Command(transaction, """
            SELECT source, dedupe_key, name, status, count, first_seen, last_seen, summary FROM incident_alerts
            WHERE incident_id = @id ORDER BY first_seen, source, dedupe_key
            """, ("id", id));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            alerts.Add(new IncidentAlertState(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetInt32(4),
                ReadTime(reader, 5), ReadTime(reader, 6), NullableString(reader, 7)));
        }

        return alerts;
    }

    private static string? NullableString(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
