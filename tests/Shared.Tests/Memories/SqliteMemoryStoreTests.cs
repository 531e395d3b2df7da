using Microsoft.Extensions.Time.Testing;
using SreBot.Shared.Memories;
using SreBot.Shared.Tests.Storage;

namespace SreBot.Shared.Tests.Memories;

/// <summary>The memory contract on SQLite (with its full-text index), over a real database file.</summary>
public sealed class SqliteMemoryStoreTests : MemoryStoreContract
{
    private readonly StoreContractBackend<IMemoryStore> _backend = new(async time => await SqliteStoreHost.StartAsync(time));

    protected override Task<IMemoryStore> CreateStoreAsync() => _backend.StartAsync(new FakeTimeProvider());

    public override Task DisposeAsync() => _backend.StopAsync();
}
