using Microsoft.Extensions.Time.Testing;
using SreBot.Shared.Memories;
using SreBot.Shared.Tests.Storage;

namespace SreBot.Shared.Tests.Memories;

/// <summary>The memory contract on SQLite (with its full-text index), over a real database file.</summary>
public sealed class SqliteMemoryStoreTests : MemoryStoreContract
{
    private SqliteStoreHost? _host;

    protected override async Task<IMemoryStore> CreateStoreAsync()
    {
        _host = await SqliteStoreHost.StartAsync(new FakeTimeProvider());
        return _host.Get<IMemoryStore>();
    }

    public override async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
