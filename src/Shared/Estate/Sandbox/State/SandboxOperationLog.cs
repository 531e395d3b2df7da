namespace SreBot.Shared.Estate.Sandbox.State;

/// <summary>An immutable snapshot of every persisted operation up to <see cref="LastId"/>, in id order.</summary>
internal sealed class SandboxOperationLog
{
    private SandboxOperationLog(long lastId, IReadOnlyList<SandboxOperation> operations)
    {
        LastId = lastId;
        Operations = operations;
    }

    public static SandboxOperationLog Empty { get; } = new(0, []);

    public long LastId { get; }

    public IReadOnlyList<SandboxOperation> Operations { get; }

    public SandboxOperationLog Append(IReadOnlyList<SandboxOperation> newer)
        => newer.Count == 0 ? this : new(newer[^1].Id, [.. Operations, .. newer]);
}
