using Microsoft.Data.Sqlite;

namespace SreBot.Shared.Audit.Sqlite;

/// <summary>
/// The statements that store one record inside a batch's transaction: the chained row, and beside it the
/// pseudonym-to-user mapping (stored for an append, deleted for an erasure). Prepared once per batch.
/// </summary>
internal sealed class AuditRecordInsert : IAsyncDisposable
{
    private readonly SqliteCommand _record;
    private readonly SqliteCommand _mapActor;
    private readonly SqliteCommand _eraseActor;

    private AuditRecordInsert(SqliteCommand record, SqliteCommand mapActor, SqliteCommand eraseActor)
    {
        _record = record;
        _mapActor = mapActor;
        _eraseActor = eraseActor;
    }

    public static AuditRecordInsert Create(SqliteConnection connection, SqliteTransaction transaction) => new(
        Command(connection, transaction, """
            INSERT INTO audit_records (sequence, timestamp, event_type, actor_ref, tool, arguments_hash, decision,
                outcome, correlation_id, detail, previous_hash, hash)
            VALUES ($sequence, $timestamp, $event_type, $actor_ref, $tool, $arguments_hash, $decision,
                $outcome, $correlation_id, $detail, $previous_hash, $hash)
            """,
            "$sequence", "$timestamp", "$event_type", "$actor_ref", "$tool", "$arguments_hash", "$decision",
            "$outcome", "$correlation_id", "$detail", "$previous_hash", "$hash"),
        Command(connection, transaction,
            "INSERT OR IGNORE INTO audit_actors (actor_ref, user_id) VALUES ($actor_ref, $user_id)",
            "$actor_ref", "$user_id"),
        Command(connection, transaction, "DELETE FROM audit_actors WHERE actor_ref = $actor_ref", "$actor_ref"));

    /// <param name="userId">The user behind <see cref="AuditRecord.ActorRef"/>; never part of the chained row.</param>
    public async Task ExecuteAsync(AuditRecord record, bool erasesActor, string? userId, CancellationToken cancellationToken)
    {
        var fields = AuditChainFields.Of(record);
        Bind(_record, fields.Sequence, fields.Timestamp, fields.EventType, fields.ActorRef, fields.Tool,
            fields.ArgumentsHash, fields.Decision, fields.Outcome, fields.CorrelationId, fields.Detail,
            record.PreviousHash, record.Hash);
        await _record.ExecuteNonQueryAsync(cancellationToken);

        if (record.ActorRef is null || userId is null)
        {
            return;
        }

        if (erasesActor)
        {
            Bind(_eraseActor, record.ActorRef);
            await _eraseActor.ExecuteNonQueryAsync(cancellationToken);
        }
        else
        {
            Bind(_mapActor, record.ActorRef, userId);
            await _mapActor.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _record.DisposeAsync();
        await _mapActor.DisposeAsync();
        await _eraseActor.DisposeAsync();
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        return command;
    }

    private static void Bind(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }
}
