using SreBot.Shared.Conversations;
using SreBot.Shared.Tests.Storage;

namespace SreBot.Shared.Tests.Conversations;

/// <summary>The conversation store contract on SQLite, over a real database file.</summary>
public sealed class SqliteConversationStoreTests : ConversationStoreContract
{
    private SqliteStoreHost? _host;

    protected override async Task<IConversationStore> CreateStoreAsync(TimeProvider time)
    {
        _host = await SqliteStoreHost.StartAsync(time);
        return _host.Get<IConversationStore>();
    }

    public override async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
