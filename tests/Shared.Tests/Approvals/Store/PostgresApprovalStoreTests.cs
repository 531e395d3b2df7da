using SreBot.Shared.Approvals;
using SreBot.Shared.Tests.Storage;
using SreBot.Shared.Tests.Storage.Postgres;

namespace SreBot.Shared.Tests.Approvals.Store;

/// <summary>The approval store contract on PostgreSQL, over a fresh database of the test server (a replica: a second host with its own pool).</summary>
public sealed class PostgresApprovalStoreTests : ApprovalStoreContract
{
    private readonly StoreContractBackend<IApprovalStore> _backend = new(async time => await PostgresStoreHost.StartAsync(time));

    protected override Task<IApprovalStore> CreateStoreAsync() => _backend.StartAsync(TimeProvider.System);

    protected override Task<IApprovalStore> CreateReplicaAsync() => _backend.StartReplicaAsync(TimeProvider.System);

    public override Task DisposeAsync() => _backend.StopAsync();
}
