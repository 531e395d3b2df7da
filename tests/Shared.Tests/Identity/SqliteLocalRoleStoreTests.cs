using SreBot.Shared.Identity;
using SreBot.Shared.Tests.Storage;

namespace SreBot.Shared.Tests.Identity;

/// <summary>The local role store contract on SQLite, over a real database file.</summary>
public sealed class SqliteLocalRoleStoreTests : LocalRoleStoreContract
{
    private readonly StoreContractBackend<ILocalRoleStore> _backend = new(async time => await SqliteStoreHost.StartAsync(time));

    protected override Task<ILocalRoleStore> CreateStoreAsync() => _backend.StartAsync(TimeProvider.System);

    public override Task DisposeAsync() => _backend.StopAsync();
}
