using SreBot.Shared.WorkQueue;

namespace SreBot.Shared.Tests.WorkQueue;

/// <summary>The work queue contract on PostgreSQL, over a fresh database of the test server (a replica is a second host with its own pool).</summary>
public sealed class PostgresWorkQueueTests : WorkQueueContract
{
    private readonly StoreContractBackend<IWorkQueue> _backend = new(async time => await PostgresStoreHost.StartAsync(time));

    protected override Task<IWorkQueue> CreateQueueAsync(TimeProvider time) => _backend.StartAsync(time);

    protected override Task<IWorkQueue> StartReplicaAsync(TimeProvider time) => _backend.StartReplicaAsync(time);

    public override Task DisposeAsync() => _backend.StopAsync();
}
