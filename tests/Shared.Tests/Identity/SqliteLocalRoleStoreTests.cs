using SreBot.Shared.Identity;
using SreBot.Shared.Tests.Storage;

namespace SreBot.Shared.Tests.Identity;

/// <summary>The local role store contract on SQLite, over a real database file.</summary>
public sealed class SqliteLocalRoleStoreTests : LocalRoleStoreContract
{
    private SqliteStoreHost? _host;

    protected override async Task<ILocalRoleStore> CreateStoreAsync()
    {
        _host = await SqliteStoreHost.StartAsync(TimeProvider.System);
        return _host.Get<ILocalRoleStore>();
    }

    public override async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
