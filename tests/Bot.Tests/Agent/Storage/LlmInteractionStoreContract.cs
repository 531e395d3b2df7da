using System.Globalization;
using System.Text.Json.Nodes;
using SreBot.Bot.Agent.Storage;
using SreBot.Bot.Tests.Infrastructure;
using SreBot.Shared.Conversations;

namespace SreBot.Bot.Tests.Agent.Storage;

/// <summary>
/// What every <see cref="ILlmInteractionStore"/> promises, run against each backend: a saved interaction is in its
/// user's export (oldest first, every field), never in another user's, and erasure removes exactly the user's own.
/// </summary>
public abstract class LlmInteractionStoreContract : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    private ILlmInteractionStore? _store;

    private ILlmInteractionStore Store => _store ?? throw new InvalidOperationException("The store is not created yet.");

    /// <summary>A store over an empty backend.</summary>
    protected abstract Task<ILlmInteractionStore> CreateStoreAsync();

    /// <summary>The conversation store beside it (interactions go with their thread).</summary>
    protected abstract IConversationStore Conversations { get; }

    public async Task InitializeAsync() => _store = await CreateStoreAsync();

    public abstract Task DisposeAsync();

    [Fact]
    public void TheCategory_IsLlmInteractions() => Assert.Equal("llmInteractions", Store.Category);

    [Fact]
    public async Task TheExport_HoldsTheUsersInteractionsOldestFirst_WithEveryField()
    {
        var thread = await CreateThreadAsync("conv-olga");
        await Store.SaveAsync(new LlmInteraction("i-2", thread, "aad-olga", Start.AddMinutes(5), "gpt-x", "and now?", "still fine"), TestContext.Token);
        await Store.SaveAsync(new LlmInteraction("i-1", thread, "aad-olga", Start, "gpt-x", "is checkout ok?", "yes"), TestContext.Token);

        var items = Assert.IsType<JsonArray>(await Store.ExportAsync("aad-olga", TestContext.Token));

        Assert.Equal(["i-1", "i-2"], items.Select(i => (string)i!["id"]!));
        var first = items[0]!;
        Assert.Equal(thread, (string)first["threadId"]!);
        Assert.Equal(Start, DateTimeOffset.Parse((string)first["at"]!, CultureInfo.InvariantCulture));
        Assert.Equal("gpt-x", (string)first["model"]!);
        Assert.Equal("is checkout ok?", (string)first["question"]!);
        Assert.Equal("yes", (string)first["answer"]!);
    }

    [Fact]
    public async Task AnotherUsersInteractions_AreNeitherExportedNorErased()
    {
        var thread = await CreateThreadAsync("conv-shared");
        await Store.SaveAsync(new LlmInteraction("i-olga", thread, "aad-olga", Start, "gpt-x", "q1", "a1"), TestContext.Token);
        await Store.SaveAsync(new LlmInteraction("i-bob", thread, "aad-bob", Start, "gpt-x", "q2", "a2"), TestContext.Token);

        var bobs = Assert.IsType<JsonArray>(await Store.ExportAsync("aad-bob", TestContext.Token));
        Assert.Equal(["i-bob"], bobs.Select(i => (string)i!["id"]!));

        Assert.Equal(1, await Store.EraseAsync("aad-olga", TestContext.Token));
        Assert.Empty(Assert.IsType<JsonArray>(await Store.ExportAsync("aad-olga", TestContext.Token)));
        Assert.Single(Assert.IsType<JsonArray>(await Store.ExportAsync("aad-bob", TestContext.Token)));
    }

    [Fact]
    public async Task DeletingTheThread_TakesItsInteractions()
    {
        var thread = await CreateThreadAsync("conv-gone");
        var kept = await CreateThreadAsync("conv-kept");
        await Store.SaveAsync(new LlmInteraction("i-gone", thread, "aad-olga", Start, "gpt-x", "q1", "a1"), TestContext.Token);
        await Store.SaveAsync(new LlmInteraction("i-kept", kept, "aad-olga", Start.AddMinutes(1), "gpt-x", "q2", "a2"), TestContext.Token);

        Assert.True(await Conversations.DeleteThreadAsync(thread, TestContext.Token));

        var items = Assert.IsType<JsonArray>(await Store.ExportAsync("aad-olga", TestContext.Token));
        Assert.Equal(["i-kept"], items.Select(i => (string)i!["id"]!));
    }

    [Fact]
    public async Task ErasingAUserWithNothing_ErasesNothing()
    {
        Assert.Equal(0, await Store.EraseAsync("aad-nobody", TestContext.Token));
        Assert.Empty(Assert.IsType<JsonArray>(await Store.ExportAsync("aad-nobody", TestContext.Token)));
    }

    /// <summary>A thread the interactions can belong to.</summary>
    private async Task<string> CreateThreadAsync(string conversationId)
    {
        var conversation = new ConversationReference("msteams", "http://127.0.0.1:1/", conversationId, "personal", "tenant-1");
        await Conversations.RecordMessageAsync(
            conversation, new ChatMessage("aad-olga", "Olga", "in", DateTimeOffset.UnixEpoch, "hello"), TestContext.Token);
        return conversation.ThreadId;
    }
}
