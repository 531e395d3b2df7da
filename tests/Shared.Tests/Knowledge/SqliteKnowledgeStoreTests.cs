using Microsoft.Extensions.Time.Testing;
using SreBot.Shared.Knowledge;
using SreBot.Shared.Tests.Storage;

namespace SreBot.Shared.Tests.Knowledge;

/// <summary>The knowledge contract on SQLite (with its full-text index), over a real database file.</summary>
public sealed class SqliteKnowledgeStoreTests : KnowledgeStoreContract
{
    private SqliteStoreHost? _host;

    protected override async Task<IKnowledgeStore> CreateStoreAsync()
    {
        _host = await SqliteStoreHost.StartAsync(new FakeTimeProvider());
        return _host.Get<IKnowledgeStore>();
    }

    public override async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
