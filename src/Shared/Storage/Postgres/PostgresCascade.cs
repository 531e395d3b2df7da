namespace SreBot.Shared.Storage.Postgres;

/// <summary>
/// Which tables a delete from a table reaches: the table itself and every table whose foreign keys delete or update
/// their rows with it (<c>ON DELETE CASCADE | SET NULL | SET DEFAULT</c>), transitively, as the database's catalogue says.
/// A <see cref="PostgresSecureDelete"/> of threads must rewrite the tables of other stores too (traces, LLM interactions)
/// that one store does not know; asking the catalogue names exactly the tables present, whichever stores are registered.
/// </summary>
public static class PostgresCascade
{
    public static async Task<IReadOnlyList<string>> TablesReachedFromAsync(this PostgresDatabase database, string table, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(null, """
            WITH RECURSIVE reached (oid) AS (
                SELECT to_regclass(@table)::oid
                UNION
                SELECT k.conrelid FROM pg_constraint k JOIN reached r ON k.confrelid = r.oid
                WHERE k.contype = 'f' AND k.confdeltype IN ('c', 'n', 'd')
            )
            SELECT c.relname FROM pg_class c JOIN reached r ON r.oid = c.oid ORDER BY c.relname COLLATE "C"
            """, ("table", table));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var tables = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }
}
