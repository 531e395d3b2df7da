namespace SreBot.Shared.Storage;

/// <summary>Deletes so that nothing stays on disk: the way thread erasure and retention remove personal data.</summary>
public static class SqliteErasure
{
    /// <summary>
    /// Runs <paramref name="sql"/> (a <c>DELETE</c>; cascades follow the foreign keys) in one transaction with
    /// <c>secure_delete</c> on, so freed pages are overwritten, then checkpoints the write-ahead log (<c>TRUNCATE</c>),
    /// which still holds earlier images of those pages. Returns the rows the statement itself deleted.
    /// </summary>
    public static Task<int> EraseAsync(
        this SqliteDatabase database, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
        => database.SecureDeleteAsync((connection, transaction) => connection.ExecuteAsync(transaction, sql, cancellationToken, parameters), cancellationToken);
}
