using Microsoft.Extensions.Time.Testing;
using SreBot.Shared.Knowledge;
using SreBot.Shared.Tests.Storage;
using SreBot.Shared.Tests.Storage.Postgres;

namespace SreBot.Shared.Tests.Knowledge;

/// <summary>The knowledge contract on PostgreSQL (tsvector + GIN, ts_rank_cd), over a fresh database of the test server.</summary>
public sealed class PostgresKnowledgeStoreTests : KnowledgeStoreContract
{
    private readonly StoreContractBackend<IKnowledgeStore> _backend = new(async time => await PostgresStoreHost.StartAsync(time));

    protected override Task<IKnowledgeStore> CreateStoreAsync() => _backend.StartAsync(new FakeTimeProvider());

    public override Task DisposeAsync() => _backend.StopAsync();
}
