using Microsoft.Data.Sqlite;
using SreBot.Shared.Storage;

namespace SreBot.Shared.Knowledge;

internal sealed class SqliteKnowledgeStore(SqliteDatabase database) : IKnowledgeStore
{
    private const string Columns = "id, name, content_type, size_bytes, sha256, chunk_count, blob_name, uploaded_by, uploaded_at";

    public string Ranking => "bm25 (SQLite FTS5)";

    public async Task AddAsync(KnowledgeDocument document, IReadOnlyList<KnowledgeChunk> chunks, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        long documentSeq;
        await using (var insertDocument = connection.Command(transaction, $"""
            INSERT INTO knowledge_documents ({Columns}) VALUES ($id, $name, $type, $size, $sha, $chunks, $blob, $by, $at) RETURNING seq
            """,
            ("$id", document.Id), ("$name", document.Name), ("$type", document.ContentType), ("$size", document.SizeBytes), ("$sha", document.Sha256),
            ("$chunks", chunks.Count), ("$blob", document.BlobName), ("$by", document.UploadedBy), ("$at", SqliteTime.Write(document.UploadedAt))))
        {
            documentSeq = (long)(await insertDocument.ExecuteScalarAsync(cancellationToken))!;
        }

        await using var insert = connection.Command(transaction, """
            INSERT INTO knowledge_chunks (document_seq, position, heading, text) VALUES ($doc, $position, $heading, $text) RETURNING id
            """, ("$doc", documentSeq), ("$position", 0), ("$heading", null), ("$text", string.Empty));
        await using var index = connection.Command(transaction, "INSERT INTO knowledge_fts (rowid, heading, text) VALUES ($id, $heading, $text)",
            ("$id", 0L), ("$heading", null), ("$text", string.Empty));
        foreach (var chunk in chunks)
        {
            insert.Parameters["$position"].Value = chunk.Position;
            insert.Parameters["$heading"].Value = (object?)chunk.Heading ?? DBNull.Value;
            insert.Parameters["$text"].Value = chunk.Text;
            index.Parameters["$id"].Value = (long)(await insert.ExecuteScalarAsync(cancellationToken))!;
            index.Parameters["$heading"].Value = (object?)chunk.Heading ?? DBNull.Value;
            index.Parameters["$text"].Value = chunk.Text;
            await index.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<KnowledgeDocument?> GetAsync(string id, CancellationToken cancellationToken)
        => (await QueryAsync($"SELECT {Columns} FROM knowledge_documents WHERE id = $id", cancellationToken, ("$id", id))).SingleOrDefault();

    public Task<IReadOnlyList<KnowledgeDocument>> ListAsync(int limit, CancellationToken cancellationToken)
        => QueryAsync($"SELECT {Columns} FROM knowledge_documents ORDER BY seq DESC LIMIT $limit", cancellationToken, ("$limit", limit));

    public async Task<IReadOnlyList<KnowledgePassage>> SearchAsync(string query, int limit, CancellationToken cancellationToken)
    {
        if (FtsQuery.Build(query, requireAll: true) is not { } all)
        {
            return [];
        }

        // Every word first: few passages to rank, and the most relevant ones. Only when they are too few does the
        // any-word query run, which ranks many more passages.
        await using var connection = await database.OpenAsync(cancellationToken);
        var passages = await SearchAsync(connection, all, limit, hasEveryWord: true, cancellationToken);
        if (passages.Count < limit && FtsQuery.Build(query) is { } any && any != all)
        {
            var seen = passages.Select(p => (p.DocumentId, p.Position)).ToHashSet();
            var more = await SearchAsync(connection, any, limit + passages.Count, hasEveryWord: false, cancellationToken);
            passages.AddRange(more.Where(p => !seen.Contains((p.DocumentId, p.Position))).Take(limit - passages.Count));
        }

        return passages;
    }

    private static async Task<List<KnowledgePassage>> SearchAsync(SqliteConnection connection, string match, int limit, bool hasEveryWord, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(null, """
            SELECT d.id, d.name, c.position, c.heading, c.text, s.score FROM (
                SELECT rowid, bm25(knowledge_fts, 2.0, 1.0) AS score FROM knowledge_fts WHERE knowledge_fts MATCH $match ORDER BY score LIMIT $limit
            ) s
            JOIN knowledge_chunks c ON c.id = s.rowid
            JOIN knowledge_documents d ON d.seq = c.document_seq
            ORDER BY s.score, c.id
            """, ("$match", match), ("$limit", limit));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var passages = new List<KnowledgePassage>();
        while (await reader.ReadAsync(cancellationToken))
        {
            // bm25() is lower-is-better and negative; the passage score is its negation, so higher is better.
            passages.Add(new KnowledgePassage(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.GetString(4), Math.Round(-reader.GetDouble(5), 4), hasEveryWord));
        }

        return passages;
    }

    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken)
    {
        var deleted = await database.SecureDeleteAsync(async (connection, transaction) =>
        {
            // An external-content index is told what to forget with the old values, before the passages go.
            await connection.ExecuteAsync(transaction, """
                INSERT INTO knowledge_fts (knowledge_fts, rowid, heading, text)
                SELECT 'delete', c.id, c.heading, c.text FROM knowledge_chunks c JOIN knowledge_documents d ON d.seq = c.document_seq WHERE d.id = $id
                """, cancellationToken, ("$id", id));
            await connection.ExecuteAsync(transaction,
                "DELETE FROM knowledge_chunks WHERE document_seq IN (SELECT seq FROM knowledge_documents WHERE id = $id)", cancellationToken, ("$id", id));
            return await connection.ExecuteAsync(transaction, "DELETE FROM knowledge_documents WHERE id = $id", cancellationToken, ("$id", id));
        }, cancellationToken);
        return deleted == 1;
    }

    public Task<IReadOnlyList<KnowledgeDocument>> ListUploadedByAsync(string userId, CancellationToken cancellationToken)
        => QueryAsync($"SELECT {Columns} FROM knowledge_documents WHERE uploaded_by = $user ORDER BY seq", cancellationToken, ("$user", userId));

    public Task<int> ForgetUploaderAsync(string userId, CancellationToken cancellationToken)
        => database.SecureDeleteAsync(
            (connection, transaction) => connection.ExecuteAsync(transaction, "UPDATE knowledge_documents SET uploaded_by = NULL WHERE uploaded_by = $user", cancellationToken, ("$user", userId)),
            cancellationToken);

    public Task<IReadOnlyList<KnowledgeDocument>> ListUploadedBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
        => QueryAsync($"SELECT {Columns} FROM knowledge_documents WHERE uploaded_at < $cutoff ORDER BY seq", cancellationToken, ("$cutoff", SqliteTime.Write(cutoff)));

    private async Task<IReadOnlyList<KnowledgeDocument>> QueryAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(null, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var documents = new List<KnowledgeDocument>();
        while (await reader.ReadAsync(cancellationToken))
        {
            documents.Add(new KnowledgeDocument(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3), reader.GetString(4),
                reader.GetInt32(5), reader.GetString(6), reader.IsDBNull(7) ? null : reader.GetString(7), SqliteTime.Read(reader.GetString(8))));
        }

        return documents;
    }
}
