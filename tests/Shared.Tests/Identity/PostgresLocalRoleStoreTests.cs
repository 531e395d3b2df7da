using SreBot.Shared.Identity;
using SreBot.Shared.Tests.Storage;
using SreBot.Shared.Tests.Storage.Postgres;

namespace SreBot.Shared.Tests.Identity;

/// <summary>The local role store contract on PostgreSQL, over a fresh database of the test server.</summary>
public sealed class PostgresLocalRoleStoreTests : LocalRoleStoreContract
{
    private readonly StoreContractBackend<ILocalRoleStore> _backend = new(async time => await PostgresStoreHost.StartAsync(time));

    protected override Task<ILocalRoleStore> CreateStoreAsync() => _backend.StartAsync(TimeProvider.System);

    public override Task DisposeAsync() => _backend.StopAsync();
}
