using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SreBot.Bot.Tests.Infrastructure;
using SreBot.Shared;
using SreBot.Shared.Conversations;
using SreBot.Shared.Storage;
using SreBot.Shared.Traces;

namespace SreBot.Bot.Tests.Threads;

/// <summary>The SQLite trace store on its own, over a fresh database file.</summary>
public sealed class SqliteInvestigationTraceStoreTests : IAsyncLifetime, IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);
    private static readonly ConversationReference ThreadA = new("msteams", "http://127.0.0.1:1/", "a:one", "personal", "tenant-1");
    private static readonly ConversationReference ThreadB = new("msteams", "http://127.0.0.1:1/", "a:two", "personal", "tenant-1");

    private readonly string _directory = Directory.CreateTempSubdirectory("srebot-traces-").FullName;
    private readonly ServiceProvider _services;

    public SqliteInvestigationTraceStoreTests()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["SreBot:DataDirectory"] = _directory }).Build();
        _services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration).AddSreBotShared(configuration).BuildServiceProvider();
    }

    private IInvestigationTraceStore Store => _services.GetRequiredService<IInvestigationTraceStore>();

    public async Task InitializeAsync()
    {
        await _services.GetRequiredService<SqliteDatabase>().InitializeAsync(TestContext.Token);
        var conversations = _services.GetRequiredService<IConversationStore>();
        foreach (var thread in new[] { ThreadA, ThreadB })
        {
            await conversations.RecordMessageAsync(thread, new ChatMessage("aad-olga", "Olga", "in", T0, "investigate app-checkout-api"), TestContext.Token);
        }
    }

    [Fact]
    public async Task SavedTrace_RoundTrips_WithStepsInCallOrder()
    {
        var trace = Trace(ThreadA.ThreadId, T0) with
        {
            Steps =
            [
                new TraceStep("resources_list", """{"resourceGroup":"rg-shop-prod"}""", 1.25, true, "ok; resources: 3"),
                new TraceStep("resource_get", """{"resourceId":"/x"}""", 0.5, true, "ok"),
                new TraceStep("metrics_query", """{"resourceId":"/x","timespan":"PT1H"}""", 12.125, false, "Refused: not in scope."),
            ],
        };

        await Store.SaveAsync(trace, TestContext.Token);
        var read = Assert.Single(await Store.ListForThreadAsync(ThreadA.ThreadId, 10, TestContext.Token));

        Assert.Equal(trace.Id, read.Id);
        Assert.Equal(trace.ThreadId, read.ThreadId);
        Assert.Equal("aad-olga", read.RequestedBy);
        Assert.Equal(trace.ResourceId, read.ResourceId);
        Assert.Equal(trace.StartedAt, read.StartedAt);
        Assert.Equal(trace.FinishedAt, read.FinishedAt);
        Assert.Equal(trace.Steps, read.Steps);
        Assert.Equal(trace.Findings, read.Findings);
        Assert.Equal(trace.Conclusion, read.Conclusion);
    }

    [Fact]
    public async Task Traces_AreListedNewestFirst_UpToTheLimit()
    {
        var oldest = Trace(ThreadA.ThreadId, T0);
        var newest = Trace(ThreadA.ThreadId, T0.AddMinutes(10));
        var middle = Trace(ThreadA.ThreadId, T0.AddMinutes(5));
        foreach (var trace in new[] { oldest, newest, middle })
        {
            await Store.SaveAsync(trace, TestContext.Token);
        }

        var all = await Store.ListForThreadAsync(ThreadA.ThreadId, 10, TestContext.Token);
        var two = await Store.ListForThreadAsync(ThreadA.ThreadId, 2, TestContext.Token);

        Assert.Equal([newest.Id, middle.Id, oldest.Id], all.Select(t => t.Id));
        Assert.Equal([newest.Id, middle.Id], two.Select(t => t.Id));
    }

    [Fact]
    public async Task Threads_AreIsolated()
    {
        var a = Trace(ThreadA.ThreadId, T0);
        var b = Trace(ThreadB.ThreadId, T0.AddMinutes(1));
        await Store.SaveAsync(a, TestContext.Token);
        await Store.SaveAsync(b, TestContext.Token);

        Assert.Equal([a.Id], (await Store.ListForThreadAsync(ThreadA.ThreadId, 10, TestContext.Token)).Select(t => t.Id));
        Assert.Equal([b.Id], (await Store.ListForThreadAsync(ThreadB.ThreadId, 10, TestContext.Token)).Select(t => t.Id));
        Assert.Empty(await Store.ListForThreadAsync("thr_unknown", 10, TestContext.Token));
    }

    [Fact]
    public async Task LongSummaries_AreCutTo500Characters()
    {
        var trace = Trace(ThreadA.ThreadId, T0) with { Steps = [new TraceStep("logs_search", "{}", 1, true, new string('x', 2000))] };

        await Store.SaveAsync(trace, TestContext.Token);

        var step = Assert.Single(Assert.Single(await Store.ListForThreadAsync(ThreadA.ThreadId, 10, TestContext.Token)).Steps);
        Assert.Equal(TraceStep.MaxSummaryLength, step.Summary.Length);
    }

    [Fact]
    public async Task Thread_KnowsItsParticipants()
    {
        var conversations = _services.GetRequiredService<IConversationStore>();
        await conversations.RecordMessageAsync(ThreadA, new ChatMessage("28:srebot", "SreBot", "out", T0, "[card]"), TestContext.Token);

        var thread = await conversations.GetThreadAsync(ThreadA.ThreadId, TestContext.Token);

        Assert.NotNull(thread);
        Assert.Equal(["aad-olga"], thread.Participants);
        Assert.Null(await conversations.GetThreadAsync("thr_unknown", TestContext.Token));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _services.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // Cleaned by the OS later.
        }
    }

    private static InvestigationTrace Trace(string threadId, DateTimeOffset started)
        => new(InvestigationTrace.NewId(), threadId, "aad-olga", "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Web/sites/app", started, started.AddSeconds(2),
            [new TraceStep("resource_get", "{}", 1, true, "ok")], ["Memory rose.", "Errors spiked."], "Suggested action: restart app");
}
