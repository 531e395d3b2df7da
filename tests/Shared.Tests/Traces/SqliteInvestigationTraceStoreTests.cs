using SreBot.Shared.Conversations;
using SreBot.Shared.Tests.Storage;
using SreBot.Shared.Traces;

namespace SreBot.Shared.Tests.Traces;

/// <summary>The investigation trace store contract on SQLite, over a real database file.</summary>
public sealed class SqliteInvestigationTraceStoreTests : InvestigationTraceStoreContract
{
    private SqliteStoreHost? _host;

    protected override async Task<(IInvestigationTraceStore Traces, IConversationStore Conversations)> CreateStoresAsync(TimeProvider time)
    {
        _host = await SqliteStoreHost.StartAsync(time);
        return (_host.Get<IInvestigationTraceStore>(), _host.Get<IConversationStore>());
    }

    public override async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
