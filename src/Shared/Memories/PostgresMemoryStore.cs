using Npgsql;
using SreBot.Shared.Storage;
using SreBot.Shared.Storage.Postgres;

namespace SreBot.Shared.Memories;

/// <summary>
/// The memories on PostgreSQL: one table whose generated <c>search</c> column is the full-text index (GIN), ranked with
/// <c>ts_rank_cd</c> where SQLite ranks with bm25 (see <see cref="PostgresFtsQuery"/> for how text becomes words).
/// Deletion goes through <see cref="PostgresSecureDelete"/>, so the rows and their index entries leave the files.
/// </summary>
internal sealed class PostgresMemoryStore(PostgresDatabase database) : IMemoryStore
{
    private const string Columns = "m.id, m.text, m.owner_id, m.visibility, m.created_at, m.created_by";

    // Visibility is part of every WHERE clause that serves a user, so filtering happens before ranking and limiting.
    private const string VisibleTo = "(m.owner_id = @user OR (@team AND m.visibility = 'team'))";

    public async Task AddAsync(Memory memory, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(null, """
            INSERT INTO memories (id, text, owner_id, visibility, created_at, created_by) VALUES (@id, @text, @owner, @visibility, @at, @by)
            """, cancellationToken,
            ("id", memory.Id), ("text", memory.Text), ("owner", memory.OwnerId), ("visibility", memory.Visibility),
            ("at", memory.CreatedAt.ToUniversalTime()), ("by", memory.CreatedBy));
    }

    public async Task<Memory?> GetAsync(string id, CancellationToken cancellationToken)
        => (await QueryAsync($"SELECT {Columns} FROM memories m WHERE m.id = @id", cancellationToken, ("id", id))).SingleOrDefault();

    public Task<IReadOnlyList<Memory>> ListVisibleAsync(string userId, bool seesTeam, int limit, CancellationToken cancellationToken)
        => QueryAsync($"""
            SELECT {Columns} FROM memories m WHERE {VisibleTo}
            ORDER BY (m.owner_id = @user) DESC, m.seq DESC LIMIT @limit
            """, cancellationToken, ("user", userId), ("team", seesTeam), ("limit", limit));

    public Task<IReadOnlyList<Memory>> SearchVisibleAsync(string userId, bool seesTeam, string text, int limit, CancellationToken cancellationToken)
    {
        if (PostgresFtsQuery.Build(text) is not { } query)
        {
            return Task.FromResult<IReadOnlyList<Memory>>([]);
        }

        // ts_rank_cd is higher-is-better (bm25 lower-is-better); normalisation 1 divides by 1 + log(length), as bm25 weighs length.
        return QueryAsync($"""
            SELECT {Columns} FROM memories m, (SELECT {query.Sql}) AS fts (q)
            WHERE m.search @@ q AND {VisibleTo}
            ORDER BY ts_rank_cd(m.search, q, 1) DESC, m.seq DESC LIMIT @limit
            """, cancellationToken, [.. query.Parameters, ("user", userId), ("team", seesTeam), ("limit", limit)]);
    }

    public Task<IReadOnlyList<Memory>> ListOwnedAsync(string userId, CancellationToken cancellationToken)
        => QueryAsync($"SELECT {Columns} FROM memories m WHERE m.owner_id = @user ORDER BY m.seq", cancellationToken, ("user", userId));

    public async Task<int> DeleteAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return 0;
        }

        // The GIN index is rebuilt with the table, so the terms go too.
        return await database.EraseAsync(["memories"], "DELETE FROM memories WHERE id = ANY(@ids)", cancellationToken,
            ("ids", ids.Distinct(StringComparer.Ordinal).ToArray()));
    }

    public async Task<IReadOnlyList<string>> IdsCreatedBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
        => [.. (await QueryAsync($"SELECT {Columns} FROM memories m WHERE m.created_at < @cutoff", cancellationToken, ("cutoff", cutoff.ToUniversalTime()))).Select(m => m.Id)];

    private async Task<IReadOnlyList<Memory>> QueryAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(null, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var memories = new List<Memory>();
        while (await reader.ReadAsync(cancellationToken))
        {
            memories.Add(Read(reader));
        }

        return memories;
    }

    private static Memory Read(NpgsqlDataReader reader)
        => new(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetFieldValue<DateTimeOffset>(4), reader.GetString(5));
}
