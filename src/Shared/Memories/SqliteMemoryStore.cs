using System.Text.Json;
using Microsoft.Data.Sqlite;
using SreBot.Shared.Storage;

namespace SreBot.Shared.Memories;

internal sealed class SqliteMemoryStore(SqliteDatabase database) : IMemoryStore
{
    private const string Columns = "m.id, m.text, m.owner_id, m.visibility, m.created_at, m.created_by";

    // Visibility is part of every WHERE clause that serves a user, so filtering happens before ranking and limiting.
    private const string VisibleTo = "(m.owner_id = $user OR ($team = 1 AND m.visibility = 'team'))";

    public async Task AddAsync(Memory memory, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(transaction, """
            INSERT INTO memories (id, text, owner_id, visibility, created_at, created_by) VALUES ($id, $text, $owner, $visibility, $at, $by)
            """, cancellationToken,
            ("$id", memory.Id), ("$text", memory.Text), ("$owner", memory.OwnerId), ("$visibility", memory.Visibility),
            ("$at", SqliteTime.Write(memory.CreatedAt)), ("$by", memory.CreatedBy));
        await connection.ExecuteAsync(transaction, "INSERT INTO memories_fts (rowid, text) VALUES (last_insert_rowid(), $text)", cancellationToken, ("$text", memory.Text));
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<Memory?> GetAsync(string id, CancellationToken cancellationToken)
        => (await QueryAsync($"SELECT {Columns} FROM memories m WHERE m.id = $id", cancellationToken, ("$id", id))).SingleOrDefault();

    public Task<IReadOnlyList<Memory>> ListVisibleAsync(string userId, bool seesTeam, int limit, CancellationToken cancellationToken)
        => QueryAsync($"""
            SELECT {Columns} FROM memories m WHERE {VisibleTo}
            ORDER BY m.owner_id = $user DESC, m.seq DESC LIMIT $limit
            """, cancellationToken, ("$user", userId), ("$team", seesTeam ? 1 : 0), ("$limit", limit));

    public Task<IReadOnlyList<Memory>> SearchVisibleAsync(string userId, bool seesTeam, string text, int limit, CancellationToken cancellationToken)
    {
        if (FtsQuery.Build(text) is not { } match)
        {
            return Task.FromResult<IReadOnlyList<Memory>>([]);
        }

        return QueryAsync($"""
            SELECT {Columns} FROM memories_fts f JOIN memories m ON m.seq = f.rowid
            WHERE memories_fts MATCH $match AND {VisibleTo}
            ORDER BY bm25(memories_fts), m.seq DESC LIMIT $limit
            """, cancellationToken, ("$match", match), ("$user", userId), ("$team", seesTeam ? 1 : 0), ("$limit", limit));
    }

    public Task<IReadOnlyList<Memory>> ListOwnedAsync(string userId, CancellationToken cancellationToken)
        => QueryAsync($"SELECT {Columns} FROM memories m WHERE m.owner_id = $user ORDER BY m.seq", cancellationToken, ("$user", userId));

    public async Task<int> DeleteAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return 0;
        }

        var json = JsonSerializer.Serialize(ids.Distinct(StringComparer.Ordinal));
        var deleted = await database.SecureDeleteAsync(async (connection, transaction) =>
        {
            // The index is created with FTS5 'secure-delete', so its terms go too, not just a delete marker.
            await connection.ExecuteAsync(transaction,
                "DELETE FROM memories_fts WHERE rowid IN (SELECT seq FROM memories WHERE id IN (SELECT value FROM json_each($ids)))", cancellationToken, ("$ids", json));
            return await connection.ExecuteAsync(transaction, "DELETE FROM memories WHERE id IN (SELECT value FROM json_each($ids))", cancellationToken, ("$ids", json));
        }, cancellationToken);
        return deleted;
    }

    public async Task<IReadOnlyList<string>> IdsCreatedBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
        => [.. (await QueryAsync($"SELECT {Columns} FROM memories m WHERE m.created_at < $cutoff", cancellationToken, ("$cutoff", SqliteTime.Write(cutoff)))).Select(m => m.Id)];

    private async Task<IReadOnlyList<Memory>> QueryAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(null, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var memories = new List<Memory>();
        while (await reader.ReadAsync(cancellationToken))
        {
            memories.Add(new Memory(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), SqliteTime.Read(reader.GetString(4)), reader.GetString(5)));
        }

        return memories;
    }
}
