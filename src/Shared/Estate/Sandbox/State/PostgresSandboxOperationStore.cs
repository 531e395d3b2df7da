using Npgsql;
using SreBot.Shared.Privacy;
using SreBot.Shared.Scope;
using SreBot.Shared.Storage;
using SreBot.Shared.Storage.Postgres;

namespace SreBot.Shared.Estate.Sandbox.State;

/// <summary>
/// The sandbox's operations on PostgreSQL. Reads keep a snapshot and fetch only rows newer than it, as on SQLite; that is
/// complete only if no row can commit below an id a reader has already seen, which a sequence alone does not promise (two
/// replicas' transactions may commit their ids out of order). So every append first takes the table's <c>EXCLUSIVE</c>
/// lock (appends wait for each other; reads do not wait), draws its id under it and commits before the next append can
/// draw one. The same lock makes a scale read the latest count, whichever replica wrote it.
/// </summary>
internal sealed class PostgresSandboxOperationStore(PostgresDatabase database) : ISandboxOperationStore
{
    private const string Columns = SandboxOperationRows.Columns;

    private static readonly string[] ErasedTables = ["sandbox_operations"];

    private readonly SandboxOperationSnapshot _snapshot = new();

    public async Task<SandboxOperationLog> ReadAsync(CancellationToken cancellationToken)
    {
        var known = _snapshot.Current;
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(null, $"SELECT {Columns} FROM sandbox_operations WHERE id > @after ORDER BY id", ("after", known.LastId));
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
        await using var transaction = await BeginAppendAsync(connection, cancellationToken);
        var operation = await InsertAsync(connection, transaction, SandboxOperationKind.Restart, resource, null, null, null, occurredAt, caller, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return operation;
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
        await using var transaction = await BeginAppendAsync(connection, cancellationToken);
        await using var latest = connection.Command(transaction, """
            SELECT instance_count FROM sandbox_operations
            WHERE kind = 'Scale' AND scale_unit_id = @unit AND occurred_at_ms <= @at
            ORDER BY occurred_at_ms DESC, id DESC LIMIT 1
            """, ("unit", scaleUnit.Canonical), ("at", occurredAt.ToUnixTimeMilliseconds()));
        var previous = await latest.ExecuteScalarAsync(cancellationToken) is int stored ? stored : defaultInstanceCount;
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
        await using var command = connection.Command(null, $"SELECT {Columns} FROM sandbox_operations WHERE caller = @caller ORDER BY id", ("caller", caller));
        return await SandboxOperationRows.ReadAsync(command, cancellationToken);
    }

    public Task<int> EraseCallerAsync(string caller, CancellationToken cancellationToken)
        => database.EraseAsync(ErasedTables, "UPDATE sandbox_operations SET caller = @erased WHERE caller = @caller", cancellationToken,
            ("caller", caller), ("erased", ErasedUser.Marker));

    /// <summary>A transaction holding the append lock (see the class summary), released when it commits or rolls back.</summary>
    private static async Task<NpgsqlTransaction> BeginAppendAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var transaction = await connection.BeginTransactionAsync(cancellationToken);
        try
        {
            await connection.ExecuteAsync(transaction, "LOCK TABLE sandbox_operations IN EXCLUSIVE MODE", cancellationToken);
            return transaction;
        }
        catch
        {
            await transaction.DisposeAsync();
            throw;
        }
    }

    private static async Task<SandboxOperation> InsertAsync(
        NpgsqlConnection connection,
        NpgsqlTransaction transaction,
        SandboxOperationKind kind,
        ResourceId resource,
        ResourceId? scaleUnit,
        int? instanceCount,
        int? previousInstanceCount,
        DateTimeOffset occurredAt,
        string caller,
        CancellationToken cancellationToken)
    {
        var at = occurredAt.ToUnixTimeMilliseconds();
        await using var insert = connection.Command(transaction, """
            INSERT INTO sandbox_operations (kind, resource_id, scale_unit_id, instance_count, previous_instance_count, occurred_at_ms, caller)
            VALUES (@kind, @resource, @unit, @count, @previous, @at, @caller)
            RETURNING id
            """,
            ("kind", kind.ToString()), ("resource", resource.Display), ("unit", scaleUnit?.Canonical), ("count", instanceCount),
            ("previous", previousInstanceCount), ("at", at), ("caller", caller));
        var id = (long)(await insert.ExecuteScalarAsync(cancellationToken))!;
        return new SandboxOperation(id, kind, resource, scaleUnit, instanceCount, previousInstanceCount, DateTimeOffset.FromUnixTimeMilliseconds(at), caller);
    }
}
