using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SreBot.Shared.Conversations;
using SreBot.Shared.Privacy;
using SreBot.Shared.Storage;

namespace SreBot.Shared.Tests.Privacy;

/// <summary>
/// Which messages are whose: a one-to-one chat is its person's entirely; in a shared chat only a person's own messages
/// are theirs, and erasing them takes SreBot's answers to them too, leaving everyone else's messages and answers.
/// </summary>
public sealed class ThreadPersonalDataTests : IAsyncLifetime, IDisposable
{
    private const string Bot = "28:srebot";
    private static readonly DateTimeOffset T0 = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);
    private static readonly ConversationReference AlicePersonal = new("msteams", "http://127.0.0.1:1/", "a:alice", "personal", "t");
    private static readonly ConversationReference Room = new("msteams", "http://127.0.0.1:1/", "19:room", "groupChat", "t");
    private static readonly ConversationReference OddPersonal = new("msteams", "http://127.0.0.1:1/", "a:odd", "personal", "t");

    private readonly string _directory = Directory.CreateTempSubdirectory("srebot-privacy-").FullName;
    private readonly ServiceProvider _services;
    private int _minute;

    public ThreadPersonalDataTests()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["SreBot:DataDirectory"] = _directory }).Build();
        _services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration).AddSreBotShared(configuration).BuildServiceProvider();
    }

    private IConversationStore Conversations => _services.GetRequiredService<IConversationStore>();

    public async Task InitializeAsync()
    {
        await _services.GetRequiredService<SqliteDatabase>().InitializeAsync(CancellationToken.None);
        await SayAsync(AlicePersonal, "alice", "in", "alice alone");
        await SayAsync(AlicePersonal, Bot, "out", "answer to alice alone");
        await SayAsync(Room, "alice", "in", "alice 1");
        await SayAsync(Room, Bot, "out", "answer to alice 1");
        await SayAsync(Room, "bob", "in", "bob 1");
        await SayAsync(Room, Bot, "out", "answer to bob 1");
        await SayAsync(Room, "alice", "in", "alice 2");
        await SayAsync(Room, Bot, "out", "answer to alice 2, part 1");
        await SayAsync(Room, Bot, "out", "answer to alice 2, part 2");
        await SayAsync(Room, "bob", "in", "bob 2");

        // A "personal" conversation someone else also wrote in is treated as shared: never erased whole.
        await SayAsync(OddPersonal, "alice", "in", "alice odd");
        await SayAsync(OddPersonal, "bob", "in", "bob odd");
    }

    [Fact]
    public async Task Export_HasTheOneToOneChatWhole_AndOnlyOwnMessagesOfSharedOnes()
    {
        var threads = (JsonArray)await Source("threads").ExportAsync("alice", CancellationToken.None);
        var messages = (JsonArray)await Source("messages").ExportAsync("alice", CancellationToken.None);

        var thread = Assert.Single(threads)!;
        Assert.Equal(AlicePersonal.ThreadId, thread["id"]!.GetValue<string>());
        Assert.Equal(["alice alone", "answer to alice alone"], thread["messages"]!.AsArray().Select(m => m!["text"]!.GetValue<string>()));
        Assert.Equal(["alice 1", "alice 2", "alice odd"], messages.Select(m => m!["text"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.DoesNotContain("bob", messages.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Erase_TakesOwnMessagesAndTheAnswersToThem_AndLeavesEveryoneElses()
    {
        var messages = await Source("messages").EraseAsync("alice", CancellationToken.None);
        var threads = await Source("threads").EraseAsync("alice", CancellationToken.None);

        Assert.Equal(1, threads);
        Assert.Equal(6, messages); // alice 1, alice 2, alice odd and three answers
        Assert.Null(await Conversations.GetThreadAsync(AlicePersonal.ThreadId, CancellationToken.None));
        Assert.Equal(["bob 1", "answer to bob 1", "bob 2"], (await Conversations.GetMessagesAsync(Room.ThreadId, 100, CancellationToken.None)).Select(m => m.Text));
        Assert.Equal(["bob odd"], (await Conversations.GetMessagesAsync(OddPersonal.ThreadId, 100, CancellationToken.None)).Select(m => m.Text));
        Assert.Empty((JsonArray)await Source("messages").ExportAsync("alice", CancellationToken.None));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _services.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private IPersonalDataSource Source(string category) => _services.GetServices<IPersonalDataSource>().Single(s => s.Category == category);

    private Task SayAsync(ConversationReference conversation, string author, string direction, string text)
        => Conversations.RecordMessageAsync(conversation, new ChatMessage(author, author, direction, T0.AddMinutes(_minute++), text), CancellationToken.None);
}
