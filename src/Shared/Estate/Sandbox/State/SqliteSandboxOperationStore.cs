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
    private const string Columns = SandboxOperationRows.Columns;

    private readonly SandboxOperationSnapshot _snapshot = new();

    public async Task<SandboxOperationLog> ReadAsync(CancellationToken cancellationToken)
    {
        var known = _snapshot.Current;
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM sandbox_operations WHERE id > $after ORDER BY id";
        command.Parameters.AddWithValue("$after", known.LastId);
        var newer = await SandboxOperationRows.ReadAsync(command, cancellationToken);
        if (newer.Count == 0)
        {
            return known;
        }

        var fresh = known.Append(newer);
        _snapshot.Publish(known, fresh);
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
        return await SandboxOperationRows.ReadAsync(command, cancellationToken);
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
}
