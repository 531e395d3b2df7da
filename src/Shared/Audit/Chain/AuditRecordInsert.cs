using System.Data.Common;
using SreBot.Shared.Storage;

namespace SreBot.Shared.Audit.Chain;

/// <summary>
/// The statements that store one record inside a batch's transaction: the chained row, and beside it the
/// pseudonym-to-user mapping (stored for an append, deleted for an erasure). Prepared once per batch.
/// </summary>
internal sealed class AuditRecordInsert : IAsyncDisposable
{
    private readonly DbCommand _record;
    private readonly DbCommand _mapActor;
    private readonly DbCommand _eraseActor;

    private AuditRecordInsert(DbCommand record, DbCommand mapActor, DbCommand eraseActor)
    {
        _record = record;
        _mapActor = mapActor;
        _eraseActor = eraseActor;
    }

    public static AuditRecordInsert Create(DbConnection connection, DbTransaction transaction) => new(
        Command(connection, transaction, """
            INSERT INTO audit_records (sequence, timestamp, event_type, actor_ref, tool, arguments_hash, decision,
                outcome, correlation_id, detail, previous_hash, hash)
            VALUES (@sequence, @timestamp, @event_type, @actor_ref, @tool, @arguments_hash, @decision,
                @outcome, @correlation_id, @detail, @previous_hash, @hash)
            """,
            "@sequence", "@timestamp", "@event_type", "@actor_ref", "@tool", "@arguments_hash", "@decision",
            "@outcome", "@correlation_id", "@detail", "@previous_hash", "@hash"),
        Command(connection, transaction,
            "INSERT INTO audit_actors (actor_ref, user_id) VALUES (@actor_ref, @user_id) ON CONFLICT (actor_ref) DO NOTHING",
            "@actor_ref", "@user_id"),
        Command(connection, transaction, "DELETE FROM audit_actors WHERE actor_ref = @actor_ref", "@actor_ref"));

    /// <param name="userId">The user behind <see cref="AuditRecord.ActorRef"/>; never part of the chained row.</param>
    /// <returns>How many pseudonym mappings an erasure deleted (0 for an append).</returns>
    public async Task<int> ExecuteAsync(AuditRecord record, bool erasesActor, string? userId, CancellationToken cancellationToken)
    {
        var fields = AuditChainFields.Of(record);
        Bind(_record, fields.Sequence, fields.Timestamp, fields.EventType, fields.ActorRef, fields.Tool,
            fields.ArgumentsHash, fields.Decision, fields.Outcome, fields.CorrelationId, fields.Detail,
            record.PreviousHash, record.Hash);
        await _record.ExecuteNonQueryAsync(cancellationToken);

        if (record.ActorRef is null || userId is null)
        {
            return 0;
        }

        if (erasesActor)
        {
            Bind(_eraseActor, record.ActorRef);
            return await _eraseActor.ExecuteNonQueryAsync(cancellationToken);
        }

        Bind(_mapActor, record.ActorRef, userId);
        await _mapActor.ExecuteNonQueryAsync(cancellationToken);
        return 0;
    }

    public async ValueTask DisposeAsync()
    {
        await _record.DisposeAsync();
        await _mapActor.DisposeAsync();
        await _eraseActor.DisposeAsync();
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.AddParameter(name, null);
        }

        return command;
    }

    private static void Bind(DbCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }
}
