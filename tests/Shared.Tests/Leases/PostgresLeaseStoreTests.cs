using SreBot.Shared.Leases;
using SreBot.Shared.Tests.Storage;
using SreBot.Shared.Tests.Storage.Postgres;

namespace SreBot.Shared.Tests.Leases;

/// <summary>The lease contract on PostgreSQL, over a fresh database of the test server.</summary>
public sealed class PostgresLeaseStoreTests : LeaseStoreContract
{
    private readonly StoreContractBackend<ILeaseStore> _backend = new(async time => await PostgresStoreHost.StartAsync(time));

    protected override Task<ILeaseStore> CreateStoreAsync(TimeProvider time) => _backend.StartAsync(time);

    public override Task DisposeAsync() => _backend.StopAsync();
}
