using System.Text.Json;
using Microsoft.Data.Sqlite;
using SreBot.Shared.Storage;

namespace SreBot.Shared.Traces;

internal sealed class SqliteInvestigationTraceStore(SqliteDatabase database) : IInvestigationTraceStore
{
    public async Task SaveAsync(InvestigationTrace trace, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(transaction, """
            INSERT INTO investigation_traces (id, thread_id, requested_by, resource_id, started_at, finished_at, findings, conclusion)
            VALUES ($id, $thread, $requestedBy, $resource, $started, $finished, $findings, $conclusion)
            """, cancellationToken,
            ("$id", trace.Id), ("$thread", trace.ThreadId), ("$requestedBy", trace.RequestedBy), ("$resource", trace.ResourceId),
            ("$started", SqliteTime.Write(trace.StartedAt)), ("$finished", SqliteTime.Write(trace.FinishedAt)),
            ("$findings", JsonSerializer.Serialize(trace.Findings)), ("$conclusion", trace.Conclusion));
        for (var position = 0; position < trace.Steps.Count; position++)
        {
            var step = trace.Steps[position];
            await connection.ExecuteAsync(transaction, """
                INSERT INTO investigation_trace_steps (trace_id, position, tool, arguments, duration_ms, succeeded, summary)
                VALUES ($trace, $position, $tool, $arguments, $duration, $succeeded, $summary)
                """, cancellationToken,
                ("$trace", trace.Id), ("$position", position), ("$tool", step.Tool), ("$arguments", step.Arguments),
                ("$duration", step.DurationMs), ("$succeeded", step.Succeeded), ("$summary", TraceStep.Shorten(step.Summary)));
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public Task<IReadOnlyList<InvestigationTrace>> ListForThreadAsync(string threadId, int limit, CancellationToken cancellationToken)
        => ListAsync("WHERE thread_id = $thread ORDER BY started_at DESC, rowid DESC LIMIT $limit", cancellationToken, ("$thread", threadId), ("$limit", limit));

    public async Task<InvestigationTrace?> GetInThreadAsync(string threadId, string traceId, CancellationToken cancellationToken)
        => (await ListAsync("WHERE thread_id = $thread AND id = $id", cancellationToken, ("$thread", threadId), ("$id", traceId))).SingleOrDefault();

    public Task<IReadOnlyList<InvestigationTrace>> ListRequestedByAsync(string userId, CancellationToken cancellationToken)
        => ListAsync("WHERE requested_by = $user ORDER BY started_at, rowid", cancellationToken, ("$user", userId));

    public Task<int> DeleteRequestedByAsync(string userId, CancellationToken cancellationToken)
        => database.EraseAsync("DELETE FROM investigation_traces WHERE requested_by = $user", cancellationToken, ("$user", userId));

    public Task<int> DeleteFinishedBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
        => database.EraseAsync("DELETE FROM investigation_traces WHERE finished_at < $cutoff", cancellationToken, ("$cutoff", SqliteTime.Write(cutoff)));

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
                    SqliteTime.Read(reader.GetString(4)),
                    SqliteTime.Read(reader.GetString(5)),
                    [],
                    JsonSerializer.Deserialize<List<string>>(reader.GetString(6)) ?? [],
                    reader.IsDBNull(7) ? null : reader.GetString(7)));
            }
        }

        if (traces.Count == 0)
        {
            return traces;
        }

        var steps = traces.ToDictionary(t => t.Id, _ => new List<TraceStep>(), StringComparer.Ordinal);
        await using (var command = connection.Command(null, """
            SELECT trace_id, tool, arguments, duration_ms, succeeded, summary FROM investigation_trace_steps
            WHERE trace_id IN (SELECT value FROM json_each($ids)) ORDER BY trace_id, position
            """, ("$ids", JsonSerializer.Serialize(steps.Keys))))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                steps[reader.GetString(0)].Add(new TraceStep(reader.GetString(1), reader.GetString(2), reader.GetDouble(3), reader.GetBoolean(4), reader.GetString(5)));
            }
        }

        return [.. traces.Select(t => t with { Steps = steps[t.Id] })];
    }
}
