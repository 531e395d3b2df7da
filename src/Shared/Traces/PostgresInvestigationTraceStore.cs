using System.Text.Json;
using Npgsql;
using SreBot.Shared.Storage;
using SreBot.Shared.Storage.Postgres;

namespace SreBot.Shared.Traces;

/// <summary>
/// The investigation traces on PostgreSQL: a trace and its steps are written in one transaction, and the deletes that
/// erasure and retention use go through <see cref="PostgresSecureDelete"/> (the steps go with their trace by cascade, so
/// both tables are rewritten).
/// </summary>
internal sealed class PostgresInvestigationTraceStore(PostgresDatabase database) : IInvestigationTraceStore
{
    /// <summary>The tables a delete of traces touches (the steps by cascade).</summary>
    private static readonly string[] DeletedTables = ["investigation_traces", "investigation_trace_steps"];

    public async Task SaveAsync(InvestigationTrace trace, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(transaction, """
            INSERT INTO investigation_traces (id, thread_id, requested_by, resource_id, started_at, finished_at, findings, conclusion)
            VALUES (@id, @thread, @requestedBy, @resource, @started, @finished, @findings, @conclusion)
            """, cancellationToken,
            ("id", trace.Id), ("thread", trace.ThreadId), ("requestedBy", trace.RequestedBy), ("resource", trace.ResourceId),
            ("started", trace.StartedAt.ToUniversalTime()), ("finished", trace.FinishedAt.ToUniversalTime()),
            ("findings", JsonSerializer.Serialize(trace.Findings)), ("conclusion", trace.Conclusion));
        for (var position = 0; position < trace.Steps.Count; position++)
        {
            var step = trace.Steps[position];
            await connection.ExecuteAsync(transaction, """
                INSERT INTO investigation_trace_steps (trace_id, position, tool, arguments, duration_ms, succeeded, summary)
                VALUES (@trace, @position, @tool, @arguments, @duration, @succeeded, @summary)
                """, cancellationToken,
                ("trace", trace.Id), ("position", position), ("tool", step.Tool), ("arguments", step.Arguments),
                ("duration", step.DurationMs), ("succeeded", step.Succeeded), ("summary", TraceStep.Shorten(step.Summary)));
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public Task<IReadOnlyList<InvestigationTrace>> ListForThreadAsync(string threadId, int limit, CancellationToken cancellationToken)
        => ListAsync("WHERE thread_id = @thread ORDER BY started_at DESC, seq DESC LIMIT @limit", cancellationToken, ("thread", threadId), ("limit", limit));

    public async Task<InvestigationTrace?> GetInThreadAsync(string threadId, string traceId, CancellationToken cancellationToken)
        => (await ListAsync("WHERE thread_id = @thread AND id = @id", cancellationToken, ("thread", threadId), ("id", traceId))).SingleOrDefault();

    public Task<IReadOnlyList<InvestigationTrace>> ListRequestedByAsync(string userId, CancellationToken cancellationToken)
        => ListAsync("WHERE requested_by = @user ORDER BY started_at, seq", cancellationToken, ("user", userId));

    public Task<int> DeleteRequestedByAsync(string userId, CancellationToken cancellationToken)
        => database.EraseAsync(DeletedTables, "DELETE FROM investigation_traces WHERE requested_by = @user", cancellationToken, ("user", userId));

    public Task<int> DeleteFinishedBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
        => database.EraseAsync(DeletedTables, "DELETE FROM investigation_traces WHERE finished_at < @cutoff", cancellationToken, ("cutoff", cutoff.ToUniversalTime()));

    /// <summary>The traces <paramref name="filter"/> (a WHERE, ORDER BY and LIMIT clause) selects, with their steps.</summary>
    private async Task<IReadOnlyList<InvestigationTrace>> ListAsync(string filter, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var traces = new List<InvestigationTrace>();
        await using (var command = connection.Command(null, $"""
            SELECT id, thread_id, requested_by, resource_id, started_at, finished_at, findings, conclusion
            FROM investigation_traces {filter}
            """, parameters))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                traces.Add(new InvestigationTrace(
                    reader.GetString(0),
                    reader.GetString(1),
                    reader.GetString(2),
                    reader.IsDBNull(3) ? null : reader.GetString(3),
                    reader.GetFieldValue<DateTimeOffset>(4),
                    reader.GetFieldValue<DateTimeOffset>(5),
                    [],
                    JsonSerializer.Deserialize<List<string>>(reader.GetString(6)) ?? [],
                    reader.IsDBNull(7) ? null : reader.GetString(7)));
            }
        }

        if (traces.Count == 0)
        {
            return traces;
        }

        var steps = await ReadStepsAsync(connection, [.. traces.Select(t => t.Id)], cancellationToken);
        return [.. traces.Select(t => t with { Steps = steps[t.Id] })];
    }

    private static async Task<Dictionary<string, List<TraceStep>>> ReadStepsAsync(NpgsqlConnection connection, string[] ids, CancellationToken cancellationToken)
    {
        var steps = ids.ToDictionary(id => id, _ => new List<TraceStep>(), StringComparer.Ordinal);
        await using var command = connection.Command(null, """
            SELECT trace_id, tool, arguments, duration_ms, succeeded, summary FROM investigation_trace_steps
            WHERE trace_id = ANY(@ids) ORDER BY trace_id, position
            """, ("ids", ids));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            steps[reader.GetString(0)].Add(new TraceStep(reader.GetString(1), reader.GetString(2), reader.GetDouble(3), reader.GetBoolean(4), reader.GetString(5)));
        }

        return steps;
    }
}
