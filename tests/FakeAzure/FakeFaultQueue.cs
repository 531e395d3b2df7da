using System.Collections.Concurrent;

namespace SreBot.FakeAzure;

/// <summary>Scripted faults in order: the first one is taken by the next request whose path contains its <see cref="FakeFault.PathContains"/>.</summary>
internal sealed class FakeFaultQueue
{
    private readonly ConcurrentQueue<FakeFault> _faults = new();
    private readonly Lock _gate = new();

    public void Add(FakeFault fault) => _faults.Enqueue(fault);

    public FakeFault? Take(string path)
    {
        lock (_gate)
        {
            return _faults.TryPeek(out var next) && path.Contains(next.PathContains, StringComparison.OrdinalIgnoreCase) && _faults.TryDequeue(out _) ? next : null;
        }
    }
}
