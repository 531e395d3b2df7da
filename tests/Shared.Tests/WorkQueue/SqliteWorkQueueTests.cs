using SreBot.Shared.WorkQueue;

namespace SreBot.Shared.Tests.WorkQueue;

/// <summary>The work queue contract on SQLite, over a real database file (a replica is a second host over the same file).</summary>
public sealed class SqliteWorkQueueTests : WorkQueueContract
{
    private readonly StoreContractBackend<IWorkQueue> _backend = new(async time => await SqliteStoreHost.StartAsync(time));

    protected override Task<IWorkQueue> CreateQueueAsync(TimeProvider time) => _backend.StartAsync(time);

    protected override Task<IWorkQueue> StartReplicaAsync(TimeProvider time) => _backend.StartReplicaAsync(time);

    public override Task DisposeAsync() => _backend.StopAsync();
}
