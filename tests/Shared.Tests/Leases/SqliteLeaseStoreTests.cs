using SreBot.Shared.Leases;
using SreBot.Shared.Tests.Storage;

namespace SreBot.Shared.Tests.Leases;

/// <summary>The lease contract on SQLite, over a real database file.</summary>
public sealed class SqliteLeaseStoreTests : LeaseStoreContract
{
    private readonly StoreContractBackend<ILeaseStore> _backend = new(async time => await SqliteStoreHost.StartAsync(time));

    protected override Task<ILeaseStore> CreateStoreAsync(TimeProvider time) => _backend.StartAsync(time);

    public override Task DisposeAsync() => _backend.StopAsync();
}
