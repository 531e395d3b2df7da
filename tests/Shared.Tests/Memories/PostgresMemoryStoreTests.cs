using Microsoft.Extensions.Time.Testing;
using SreBot.Shared.Memories;
using SreBot.Shared.Tests.Storage;
using SreBot.Shared.Tests.Storage.Postgres;

namespace SreBot.Shared.Tests.Memories;

/// <summary>The memory contract on PostgreSQL (tsvector + GIN, ts_rank_cd), over a fresh database of the test server.</summary>
public sealed class PostgresMemoryStoreTests : MemoryStoreContract
{
    private readonly StoreContractBackend<IMemoryStore> _backend = new(async time => await PostgresStoreHost.StartAsync(time));

    protected override Task<IMemoryStore> CreateStoreAsync() => _backend.StartAsync(new FakeTimeProvider());

    public override Task DisposeAsync() => _backend.StopAsync();
}
