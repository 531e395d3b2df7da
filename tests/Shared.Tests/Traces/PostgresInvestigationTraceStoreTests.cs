using SreBot.Shared.Conversations;
using SreBot.Shared.Tests.Storage;
using SreBot.Shared.Tests.Storage.Postgres;
using SreBot.Shared.Traces;

namespace SreBot.Shared.Tests.Traces;

/// <summary>The investigation trace store contract on PostgreSQL, over a fresh database of the test server.</summary>
public sealed class PostgresInvestigationTraceStoreTests : InvestigationTraceStoreContract
{
    private readonly StoreContractBackend<IInvestigationTraceStore> _backend = new(async time => await PostgresStoreHost.StartAsync(time));

    protected override async Task<(IInvestigationTraceStore Traces, IConversationStore Conversations)> CreateStoresAsync(TimeProvider time) => (await _backend.StartAsync(time), _backend.Host.Get<IConversationStore>());

    public override Task DisposeAsync() => _backend.StopAsync();
}
