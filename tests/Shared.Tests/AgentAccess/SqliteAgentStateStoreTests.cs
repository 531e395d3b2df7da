using SreBot.Shared.AgentAccess;
using SreBot.Shared.Tests.Storage;

namespace SreBot.Shared.Tests.AgentAccess;

/// <summary>The agent state store contract on SQLite, over a real database file seeded as the host seeds it.</summary>
public sealed class SqliteAgentStateStoreTests : AgentStateStoreContract
{
    private SqliteStoreHost? _host;

    protected override async Task<IAgentStateStore> CreateSeededStoreAsync()
    {
        _host = await SqliteStoreHost.StartAsync(TimeProvider.System);
        await _host.Get<SqliteAgentStateStore>().SeedAsync(CancellationToken.None);
        return _host.Get<IAgentStateStore>();
    }

    public override async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
