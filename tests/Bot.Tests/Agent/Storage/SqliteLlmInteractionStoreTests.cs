using SreBot.Bot.Agent.Storage;
using SreBot.Bot.Agent;
using SreBot.Bot.Tests.Infrastructure;
using SreBot.Shared.Conversations;

namespace SreBot.Bot.Tests.Agent.Storage;

/// <summary>The LLM interaction contract on SQLite, over a real database file.</summary>
public sealed class SqliteLlmInteractionStoreTests : LlmInteractionStoreContract
{
    private readonly SharedServices _services = new(configure: services => services.AddLlmStores());

    protected override async Task<ILlmInteractionStore> CreateStoreAsync()
    {
        await _services.InitializeAsync();
        return _services.Get<ILlmInteractionStore>();
    }

    protected override async Task<string> CreateThreadAsync(string conversationId)
    {
        var conversation = new ConversationReference("msteams", "http://127.0.0.1:1/", conversationId, "personal", "tenant-1");
        await _services.Get<IConversationStore>().RecordMessageAsync(
            conversation, new ChatMessage("aad-olga", "Olga", "in", DateTimeOffset.UnixEpoch, "hello"), TestContext.Token);
        return conversation.ThreadId;
    }

    public override Task DisposeAsync() => _services.DisposeAsync();
}
