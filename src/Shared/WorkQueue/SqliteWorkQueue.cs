using SreBot.Shared.Storage;

namespace SreBot.Shared.WorkQueue;

/// <summary>The work queue on SQLite: a claim is one <c>UPDATE … RETURNING</c>, and SQLite's one writer makes it atomic across processes.</summary>
internal sealed class SqliteWorkQueue(SqliteDatabase database) : IWorkQueue
{
    public async Task<bool> EnqueueAsync(string kind, string key, string payload, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(null, """
            INSERT INTO work_queue (kind, item_key, payload, enqueued_at) VALUES ($kind, $key, $payload, $now)
            ON CONFLICT (kind, item_key) DO NOTHING
            """, cancellationToken, ("$kind", kind), ("$key", key), ("$payload", payload), ("$now", SqliteTime.Write(now))) == 1;
    }

    public async Task<IReadOnlyList<WorkItem>> ClaimAsync(string kind, string holder, DateTimeOffset now, DateTimeOffset leaseUntil, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(null, """
            UPDATE work_queue SET lease_holder = $holder, lease_until = $until, attempts = attempts + 1
            WHERE id IN (SELECT id FROM work_queue WHERE kind = $kind AND (lease_until IS NULL OR lease_until <= $now) ORDER BY id LIMIT $limit)
            RETURNING id, kind, item_key, payload, enqueued_at, attempts
            """, ("$holder", holder), ("$until", SqliteTime.Write(leaseUntil)), ("$kind", kind), ("$now", SqliteTime.Write(now)), ("$limit", limit));
        var items = new List<WorkItem>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(new WorkItem(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), SqliteTime.Read(reader.GetString(4)), reader.GetInt32(5)));
        }

        return [.. items.OrderBy(i => i.Id)];
    }

    public async Task<bool> CompleteAsync(long id, string holder, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(null, "DELETE FROM work_queue WHERE id = $id AND lease_holder = $holder", cancellationToken, ("$id", id), ("$holder", holder)) == 1;
    }

    public async Task<int> CountAsync(string kind, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(null, "SELECT COUNT(*) FROM work_queue WHERE kind = $kind", ("$kind", kind));
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }
}
