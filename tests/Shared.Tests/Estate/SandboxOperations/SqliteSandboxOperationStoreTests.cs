using SreBot.Shared.Estate.Sandbox.State;
using SreBot.Shared.Tests.Storage;

namespace SreBot.Shared.Tests.Estate.SandboxOperations;

/// <summary>The Sandbox operation store contract on SQLite, over a real database file.</summary>
public sealed class SqliteSandboxOperationStoreTests : SandboxOperationStoreContract
{
    private SqliteStoreHost? _host;

    private protected override async Task<ISandboxOperationStore> CreateStoreAsync()
    {
        _host = await SqliteStoreHost.StartAsync(TimeProvider.System);
        return _host.Get<ISandboxOperationStore>();
    }

    public override async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
