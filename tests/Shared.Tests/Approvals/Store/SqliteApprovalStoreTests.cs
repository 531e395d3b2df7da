using SreBot.Shared.Approvals;
using SreBot.Shared.Tests.Storage;

namespace SreBot.Shared.Tests.Approvals.Store;

/// <summary>The approval store contract on SQLite, over a real database file.</summary>
public sealed class SqliteApprovalStoreTests : ApprovalStoreContract
{
    private SqliteStoreHost? _host;

    protected override async Task<IApprovalStore> CreateStoreAsync()
    {
        _host = await SqliteStoreHost.StartAsync(TimeProvider.System);
        return _host.Get<IApprovalStore>();
    }

    public override async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
