using System.Globalization;
using Microsoft.Data.Sqlite;
using SreBot.Shared.Privacy;
using SreBot.Shared.Scope;
using SreBot.Shared.Storage;

namespace SreBot.Shared.Estate.Sandbox.State;

/// <summary>
/// The sandbox's operations in <see cref="SqliteDatabase"/>. Reads keep a snapshot and fetch only rows newer than it
/// (one indexed query), which is also how writes made by other processes are picked up.
/// </summary>
internal sealed class SqliteSandboxOperationStore(SqliteDatabase database) : ISandboxOperationStore
{
    private const string Columns = "id, kind, resource_id, scale_unit_id, instance_count, previous_instance_count, occurred_at_ms, caller";

    private SandboxOperationLog _snapshot = SandboxOperationLog.Empty;

    public async Task<SandboxOperationLog> ReadAsync(CancellationToken cancellationToken)
    {
        var known = Volatile.Read(ref _snapshot);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM sandbox_operations WHERE id > $after ORDER BY id";
        command.Parameters.AddWithValue("$after", known.LastId);
        var newer = await ReadOperationsAsync(command, cancellationToken);
        if (newer.Count == 0)
        {
            return known;
        }

        var fresh = known.Append(newer);
        Publish(known, fresh);
        return fresh;
    }

    public async Task<SandboxOperation> AppendRestartAsync(ResourceId resource, DateTimeOffset occurredAt, string caller, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await InsertAsync(connection, null, SandboxOperationKind.Restart, resource, null, null, null, occurredAt, caller, cancellationToken);
    }

    public async Task<ScaleAppendResult> AppendScaleAsync(
        ResourceId resource,
        ResourceId scaleUnit,
        int defaultInstanceCount,
        int instanceCount,
        DateTimeOffset occurredAt,
        string caller,
        CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var latest = connection.CreateCommand();
        latest.Transaction = transaction;
        latest.CommandText = """
            SELECT instance_count FROM sandbox_operations
            WHERE kind = 'Scale' AND scale_unit_id = $unit AND occurred_at_ms <= $at
            ORDER BY occurred_at_ms DESC, id DESC LIMIT 1
            """;
        latest.Parameters.AddWithValue("$unit", scaleUnit.Canonical);
        latest.Parameters.AddWithValue("$at", occurredAt.ToUnixTimeMilliseconds());
        var previous = await latest.ExecuteScalarAsync(cancellationToken) is long stored ? (int)stored : defaultInstanceCount;
        if (previous == instanceCount)
        {
            return new ScaleAppendResult(previous, null);
        }

        var operation = await InsertAsync(
            connection, transaction, SandboxOperationKind.Scale, resource, scaleUnit, instanceCount, previous, occurredAt, caller, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ScaleAppendResult(previous, operation);
    }

    public async Task<IReadOnlyList<SandboxOperation>> OperationsByAsync(string caller, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(null, $"SELECT {Columns} FROM sandbox_operations WHERE caller = $caller ORDER BY id", ("$caller", caller));
        return await ReadOperationsAsync(command, cancellationToken);
    }

    public Task<int> EraseCallerAsync(string caller, CancellationToken cancellationToken)
        => database.SecureDeleteAsync(
            (connection, transaction) => connection.ExecuteAsync(transaction, "UPDATE sandbox_operations SET caller = $erased WHERE caller = $caller", cancellationToken,
                ("$caller", caller), ("$erased", ErasedUser.Marker)),
            cancellationToken);

    private static async Task<SandboxOperation> InsertAsync(
        SqliteConnection connection,
        SqliteTransaction? transaction,
        SandboxOperationKind kind,
        ResourceId resource,
        ResourceId? scaleUnit,
        int? instanceCount,
        int? previousInstanceCount,
        DateTimeOffset occurredAt,
        string caller,
        CancellationToken cancellationToken)
    {
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO sandbox_operations (kind, resource_id, scale_unit_id, instance_count, previous_instance_count, occurred_at_ms, caller)
            VALUES ($kind, $resource, $unit, $count, $previous, $at, $caller)
            RETURNING id
            """;
        insert.Parameters.AddWithValue("$kind", kind.ToString());
        insert.Parameters.AddWithValue("$resource", resource.Display);
        insert.Parameters.AddWithValue("$unit", (object?)scaleUnit?.Canonical ?? DBNull.Value);
        insert.Parameters.AddWithValue("$count", (object?)instanceCount ?? DBNull.Value);
        insert.Parameters.AddWithValue("$previous", (object?)previousInstanceCount ?? DBNull.Value);
        insert.Parameters.AddWithValue("$at", occurredAt.ToUnixTimeMilliseconds());
        insert.Parameters.AddWithValue("$caller", caller);
        var id = Convert.ToInt64(await insert.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        return new SandboxOperation(
            id, kind, resource, scaleUnit, instanceCount, previousInstanceCount, DateTimeOffset.FromUnixTimeMilliseconds(occurredAt.ToUnixTimeMilliseconds()), caller);
    }

    private static async Task<List<SandboxOperation>> ReadOperationsAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var operations = new List<SandboxOperation>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            operations.Add(new SandboxOperation(
                reader.GetInt64(0),
                Enum.Parse<SandboxOperationKind>(reader.GetString(1)),
                ResourceId.Parse(reader.GetString(2)),
                reader.IsDBNull(3) ? null : ResourceId.Parse(reader.GetString(3)),
                reader.IsDBNull(4) ? null : reader.GetInt32(4),
                reader.IsDBNull(5) ? null : reader.GetInt32(5),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(6)),
                reader.GetString(7)));
        }

        return operations;
    }

    /// <summary>Replaces the cached snapshot with <paramref name="fresh"/> unless another reader already installed one at least as new.</summary>
    private void Publish(SandboxOperationLog basis, SandboxOperationLog fresh)
    {
        var expected = basis;
        while (expected.LastId < fresh.LastId)
        {
            var witnessed = Interlocked.CompareExchange(ref _snapshot, fresh, expected);
            if (ReferenceEquals(witnessed, expected))
            {
                return;
            }

            expected = witnessed;
        }
    }
}
