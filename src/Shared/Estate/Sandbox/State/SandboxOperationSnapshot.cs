namespace SreBot.Shared.Estate.Sandbox.State;

/// <summary>
/// A store's cached <see cref="SandboxOperationLog"/>: reads fetch only the rows after <see cref="SandboxOperationLog.LastId"/>
/// and publish the longer log here. Correct only because ids are committed in increasing order (SQLite's single writer;
/// on PostgreSQL the append lock), so no row can later appear below an id already seen.
/// </summary>
internal sealed class SandboxOperationSnapshot
{
    private SandboxOperationLog _current = SandboxOperationLog.Empty;

    public SandboxOperationLog Current => Volatile.Read(ref _current);

    /// <summary>Replaces the snapshot with <paramref name="fresh"/> unless another reader already installed one at least as new.</summary>
    public void Publish(SandboxOperationLog basis, SandboxOperationLog fresh)
    {
        var expected = basis;
        while (expected.LastId < fresh.LastId)
        {
            var witnessed = Interlocked.CompareExchange(ref _current, fresh, expected);
            if (ReferenceEquals(witnessed, expected))
            {
                return;
            }

            expected = witnessed;
        }
    }
}
