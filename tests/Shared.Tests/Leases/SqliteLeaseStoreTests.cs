using SreBot.Shared.Leases;
using SreBot.Shared.Tests.Storage;

namespace SreBot.Shared.Tests.Leases;

/// <summary>The lease contract on SQLite, over a real database file.</summary>
public sealed class SqliteLeaseStoreTests : LeaseStoreContract
{
    private SqliteStoreHost? _host;

    protected override async Task<ILeaseStore> CreateStoreAsync(TimeProvider time)
    {
        _host = await SqliteStoreHost.StartAsync(time);
        return _host.Get<ILeaseStore>();
    }

    public override async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
