using SreBot.Bot.Agent.Storage;
using SreBot.Bot.Agent;
using SreBot.Bot.Tests.Infrastructure;

namespace SreBot.Bot.Tests.Agent.Storage;

/// <summary>The LLM usage contract on SQLite, over a real database file.</summary>
public sealed class SqliteLlmUsageStoreTests : LlmUsageStoreContract
{
    private readonly SharedServices _services = new(configure: services => services.AddLlmStores());

    protected override async Task<ILlmUsageStore> CreateStoreAsync()
    {
        await _services.InitializeAsync();
        return _services.Get<ILlmUsageStore>();
    }

    public override Task DisposeAsync() => _services.DisposeAsync();
}
