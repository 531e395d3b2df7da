using Microsoft.Extensions.Time.Testing;
using SreBot.Shared.Knowledge;
using SreBot.Shared.Tests.Storage;

namespace SreBot.Shared.Tests.Knowledge;

/// <summary>The knowledge contract on SQLite (with its full-text index), over a real database file.</summary>
public sealed class SqliteKnowledgeStoreTests : KnowledgeStoreContract
{
    private readonly StoreContractBackend<IKnowledgeStore> _backend = new(async time => await SqliteStoreHost.StartAsync(time));

    protected override Task<IKnowledgeStore> CreateStoreAsync() => _backend.StartAsync(new FakeTimeProvider());

    public override Task DisposeAsync() => _backend.StopAsync();
}
