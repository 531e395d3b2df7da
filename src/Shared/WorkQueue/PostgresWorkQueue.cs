using SreBot.Shared.Storage;
using SreBot.Shared.Storage.Postgres;

namespace SreBot.Shared.WorkQueue;

/// <summary>
/// The work queue on PostgreSQL: a claim locks the due rows <c>FOR UPDATE SKIP LOCKED</c> and sets their lease in the same
/// statement, so replicas claiming at once take disjoint items and none waits on another's.
/// </summary>
internal sealed class PostgresWorkQueue(PostgresDatabase database) : IWorkQueue
{
    public async Task<bool> EnqueueAsync(string kind, string key, string payload, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(null, """
            INSERT INTO work_queue (kind, item_key, payload, enqueued_at) VALUES (@kind, @key, @payload, @now)
            ON CONFLICT (kind, item_key) DO NOTHING
            """, cancellationToken, ("kind", kind), ("key", key), ("payload", payload), ("now", now.ToUniversalTime())) == 1;
    }

    public async Task<IReadOnlyList<WorkItem>> ClaimAsync(string kind, string holder, DateTimeOffset now, DateTimeOffset leaseUntil, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(null, """
            WITH due AS (
                SELECT id FROM work_queue WHERE kind = @kind AND (lease_until IS NULL OR lease_until <= @now)
                ORDER BY id LIMIT @limit FOR UPDATE SKIP LOCKED)
            UPDATE work_queue q SET lease_holder = @holder, lease_until = @until, attempts = q.attempts + 1
            FROM due WHERE q.id = due.id
            RETURNING q.id, q.kind, q.item_key, q.payload, q.enqueued_at, q.attempts
            """, ("kind", kind), ("now", now.ToUniversalTime()), ("limit", limit), ("holder", holder), ("until", leaseUntil.ToUniversalTime()));
        var items = new List<WorkItem>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(new WorkItem(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetFieldValue<DateTimeOffset>(4), reader.GetInt32(5)));
        }

        return [.. items.OrderBy(i => i.Id)];
    }

    public async Task<bool> CompleteAsync(long id, string holder, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(null, "DELETE FROM work_queue WHERE id = @id AND lease_holder = @holder", cancellationToken, ("id", id), ("holder", holder)) == 1;
    }

    public async Task<int> CountAsync(string kind, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(null, "SELECT COUNT(*) FROM work_queue WHERE kind = @kind", ("kind", kind));
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }
}
