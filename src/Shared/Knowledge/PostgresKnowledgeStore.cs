using Npgsql;
using SreBot.Shared.Storage;
using SreBot.Shared.Storage.Postgres;

namespace SreBot.Shared.Knowledge;

/// <summary>
/// Knowledge documents on PostgreSQL: the passages' generated <c>search</c> column is the full-text index (GIN), heading
/// weighted A and text B, ranked with <c>ts_rank_cd</c> where SQLite ranks with bm25 (see <see cref="PostgresFtsQuery"/>).
/// Deletion and uploader erasure go through <see cref="PostgresSecureDelete"/>, so nothing of them stays in the files.
/// </summary>
internal sealed class PostgresKnowledgeStore(PostgresDatabase database) : IKnowledgeStore
{
    private const string Columns = "id, name, content_type, size_bytes, sha256, chunk_count, blob_name, uploaded_by, uploaded_at";

    public string Ranking => "ts_rank_cd (PostgreSQL full-text search)";

    // ts_rank_cd's weights are {D, C, B, A}: a heading word (A) counts twice a body word (B), as bm25(knowledge_fts, 2.0, 1.0).
    // Normalisation 1 divides by 1 + log(length), as bm25 weighs length.
    private const string Rank = "ts_rank_cd('{0, 0, 0.5, 1.0}', c.search, q, 1)";

    public async Task AddAsync(KnowledgeDocument document, IReadOnlyList<KnowledgeChunk> chunks, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        long documentSeq;
        await using (var insertDocument = connection.Command(transaction, $"""
            INSERT INTO knowledge_documents ({Columns}) VALUES (@id, @name, @type, @size, @sha, @chunks, @blob, @by, @at) RETURNING seq
            """,
            ("id", document.Id), ("name", document.Name), ("type", document.ContentType), ("size", document.SizeBytes), ("sha", document.Sha256),
            ("chunks", chunks.Count), ("blob", document.BlobName), ("by", document.UploadedBy), ("at", document.UploadedAt.ToUniversalTime())))
        {
            documentSeq = (long)(await insertDocument.ExecuteScalarAsync(cancellationToken))!;
        }

        // One statement for every passage: the arrays are unnested in order.
        await connection.ExecuteAsync(transaction, """
            INSERT INTO knowledge_chunks (document_seq, position, heading, text)
            SELECT @doc, c.position, c.heading, c.text FROM unnest(@positions, @headings, @texts) WITH ORDINALITY AS c (position, heading, text, n) ORDER BY c.n
            """, cancellationToken,
            ("doc", documentSeq), ("positions", chunks.Select(c => c.Position).ToArray()), ("headings", chunks.Select(c => c.Heading).ToArray()),
            ("texts", chunks.Select(c => c.Text).ToArray()));
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<KnowledgeDocument?> GetAsync(string id, CancellationToken cancellationToken)
        => (await QueryAsync($"SELECT {Columns} FROM knowledge_documents WHERE id = @id", cancellationToken, ("id", id))).SingleOrDefault();

    public Task<IReadOnlyList<KnowledgeDocument>> ListAsync(int limit, CancellationToken cancellationToken)
        => QueryAsync($"SELECT {Columns} FROM knowledge_documents ORDER BY seq DESC LIMIT @limit", cancellationToken, ("limit", limit));

    public async Task<IReadOnlyList<KnowledgePassage>> SearchAsync(string query, int limit, CancellationToken cancellationToken)
    {
        if (PostgresFtsQuery.Build(query, requireAll: true) is not { } all)
        {
            return [];
        }

        // Every word first: few passages to rank, and the most relevant ones. Only when they are too few does the
        // any-word query run, which ranks many more passages.
        await using var connection = await database.OpenAsync(cancellationToken);
        var passages = await SearchAsync(connection, all, limit, hasEveryWord: true, cancellationToken);
        if (passages.Count < limit && all.Parameters.Length > 1 && PostgresFtsQuery.Build(query) is { } any)
        {
            var seen = passages.Select(p => (p.DocumentId, p.Position)).ToHashSet();
            var more = await SearchAsync(connection, any, limit + passages.Count, hasEveryWord: false, cancellationToken);
            passages.AddRange(more.Where(p => !seen.Contains((p.DocumentId, p.Position))).Take(limit - passages.Count));
        }

        return passages;
    }

    private static async Task<List<KnowledgePassage>> SearchAsync(
        NpgsqlConnection connection, (string Sql, (string Name, object? Value)[] Parameters) query, int limit, bool hasEveryWord, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(null, $"""
            SELECT d.id, d.name, c.position, c.heading, c.text, {Rank} AS score
            FROM knowledge_chunks c JOIN knowledge_documents d ON d.seq = c.document_seq, (SELECT {query.Sql}) AS fts (q)
            WHERE c.search @@ q
            ORDER BY score DESC, c.id LIMIT @limit
            """, [.. query.Parameters, ("limit", limit)]);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var passages = new List<KnowledgePassage>();
        while (await reader.ReadAsync(cancellationToken))
        {
            passages.Add(new KnowledgePassage(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.GetString(4), Math.Round(reader.GetFloat(5), 4), hasEveryWord));
        }

        return passages;
    }

    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken)
        => await database.EraseAsync(["knowledge_documents", "knowledge_chunks"], "DELETE FROM knowledge_documents WHERE id = @id", cancellationToken, ("id", id)) == 1;

    public Task<IReadOnlyList<KnowledgeDocument>> ListUploadedByAsync(string userId, CancellationToken cancellationToken)
        => QueryAsync($"SELECT {Columns} FROM knowledge_documents WHERE uploaded_by = @user ORDER BY seq", cancellationToken, ("user", userId));

    // The update leaves the old row version (with the uploader) behind until the table is rewritten.
    public Task<int> ForgetUploaderAsync(string userId, CancellationToken cancellationToken)
        => database.EraseAsync(["knowledge_documents"], "UPDATE knowledge_documents SET uploaded_by = NULL WHERE uploaded_by = @user", cancellationToken, ("user", userId));

    public Task<IReadOnlyList<KnowledgeDocument>> ListUploadedBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
        => QueryAsync($"SELECT {Columns} FROM knowledge_documents WHERE uploaded_at < @cutoff ORDER BY seq", cancellationToken, ("cutoff", cutoff.ToUniversalTime()));

    private async Task<IReadOnlyList<KnowledgeDocument>> QueryAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(null, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var documents = new List<KnowledgeDocument>();
        while (await reader.ReadAsync(cancellationToken))
        {
            documents.Add(new KnowledgeDocument(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3), reader.GetString(4),
                reader.GetInt32(5), reader.GetString(6), reader.IsDBNull(7) ? null : reader.GetString(7), reader.GetFieldValue<DateTimeOffset>(8)));
        }

        return documents;
    }
}
