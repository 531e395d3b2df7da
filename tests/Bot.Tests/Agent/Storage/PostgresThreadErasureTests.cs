using Npgsql;
using SreBot.Bot.Agent;
using SreBot.Bot.Agent.Storage;
using SreBot.Bot.Tests.Infrastructure;
using SreBot.Shared.Conversations;

namespace SreBot.Bot.Tests.Agent.Storage;

/// <summary>
/// Erasing a thread on PostgreSQL rewrites the LLM interactions table too: its rows went with the thread through the
/// foreign key, so their dead copies must not stay in its files (the conversations store does not know this table).
/// </summary>
public sealed class PostgresThreadErasureTests : IAsyncLifetime
{
    private readonly StoreContractBackend<IConversationStore> _backend = new(async time => await PostgresStoreHost.StartAsync(time, s => s.AddLlmStores()));

    private IConversationStore? _conversations;

    private IConversationStore Conversations => _conversations ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync() => _conversations = await _backend.StartAsync(TimeProvider.System);

    public Task DisposeAsync() => _backend.StopAsync();

    [Fact]
    public async Task DeletingAThread_RewritesTheLlmInteractionsTableItCascadedInto()
    {
        var conversation = new ConversationReference("msteams", "http://127.0.0.1:1/", "conv-olga", "personal", "tenant-1");
        await Conversations.RecordMessageAsync(conversation, new ChatMessage("aad-olga", "Olga", "in", DateTimeOffset.UnixEpoch, "hello"), TestContext.Token);
        await _backend.Host.Get<ILlmInteractionStore>().SaveAsync(
            new LlmInteraction("i-1", conversation.ThreadId, "aad-olga", DateTimeOffset.UnixEpoch, "gpt-x", "secret question", "secret answer"), TestContext.Token);
        var before = await FileNodeAsync("llm_interactions");

        Assert.True(await Conversations.DeleteThreadAsync(conversation.ThreadId, TestContext.Token));

        Assert.NotEqual(before, await FileNodeAsync("llm_interactions"));
    }

    /// <summary>The table's file on disk: <c>VACUUM (FULL)</c> writes a new one.</summary>
    private async Task<long> FileNodeAsync(string table)
    {
        var host = (PostgresStoreHost)_backend.Host;
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync(TestContext.Token);
        await using var command = new NpgsqlCommand("SELECT pg_relation_filenode(@table::regclass)::bigint", connection);
        command.Parameters.AddWithValue("table", table);
        return (long)(await command.ExecuteScalarAsync(TestContext.Token))!;
    }
}
