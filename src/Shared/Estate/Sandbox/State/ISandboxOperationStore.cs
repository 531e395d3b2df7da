using SreBot.Shared.Scope;

namespace SreBot.Shared.Estate.Sandbox.State;

/// <summary>
/// The Sandbox's operations (restarts, scaling), persisted so they survive restarts and are shared by every process using
/// the same database. Reads are on every tool call's path.
/// </summary>
internal interface ISandboxOperationStore
{
    /// <summary>Every operation persisted so far, by this process or any other sharing the database.</summary>
    Task<SandboxOperationLog> ReadAsync(CancellationToken cancellationToken);

    Task<SandboxOperation> AppendRestartAsync(ResourceId resource, DateTimeOffset occurredAt, string caller, CancellationToken cancellationToken);

    /// <summary>
    /// Records a scale operation unless the scale unit already runs <paramref name="instanceCount"/> instances. The
    /// previous count is read in the same write transaction, so concurrent scale requests see each other.
    /// </summary>
    Task<ScaleAppendResult> AppendScaleAsync(
        ResourceId resource,
        ResourceId scaleUnit,
        int defaultInstanceCount,
        int instanceCount,
        DateTimeOffset occurredAt,
        string caller,
        CancellationToken cancellationToken);

    /// <summary>The operations run on the caller's behalf, as stored now, in order.</summary>
    Task<IReadOnlyList<SandboxOperation>> OperationsByAsync(string caller, CancellationToken cancellationToken);

    /// <summary>Keeps the caller's operations and replaces the caller with <see cref="Privacy.ErasedUser.Marker"/>; returns how many.</summary>
    Task<int> EraseCallerAsync(string caller, CancellationToken cancellationToken);
}
