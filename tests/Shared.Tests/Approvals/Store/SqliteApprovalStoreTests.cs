using SreBot.Shared.Approvals;
using SreBot.Shared.Tests.Storage;

namespace SreBot.Shared.Tests.Approvals.Store;

/// <summary>The approval store contract on SQLite, over a real database file (a replica: a second host over the same file).</summary>
public sealed class SqliteApprovalStoreTests : ApprovalStoreContract
{
    private readonly StoreContractBackend<IApprovalStore> _backend = new(async time => await SqliteStoreHost.StartAsync(time));

    protected override Task<IApprovalStore> CreateStoreAsync() => _backend.StartAsync(TimeProvider.System);

    protected override Task<IApprovalStore> CreateReplicaAsync() => _backend.StartReplicaAsync(TimeProvider.System);

    public override Task DisposeAsync() => _backend.StopAsync();
}
