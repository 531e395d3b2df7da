using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using SreBot.Bot.Api;
using SreBot.Bot.Tests.Infrastructure;
using SreBot.Shared.Audit;
using SreBot.Shared.Conversations;

namespace SreBot.Bot.Tests.Threads;

/// <summary>A thread can be exported and erased by its participants (and admins); erased means gone from the database file.</summary>
public sealed class ThreadEraseTests : IAsyncLifetime, IDisposable
{
    private readonly SreBotApp _app = new();
    private readonly string _canary = $"canary-{Guid.NewGuid():N}";
    private ConnectorRecorder _connector = null!;
    private string _threadId = null!;

    public async Task InitializeAsync()
    {
        _connector = await ConnectorRecorder.StartAsync(_app);
        _threadId = new ConversationReference("msteams", _connector.ServiceUrl, ActivityBuilder.ConversationId, "personal", "tenant-1").ThreadId;
        await _app.CreateClient().PostAsJsonAsync("/api/messages", ActivityBuilder.Message(_connector.ServiceUrl, $"investigate {_canary}"), TestContext.Token);
        await _app.CreateClient().PostAsJsonAsync("/api/messages", ActivityBuilder.Message(_connector.ServiceUrl, "investigate app-checkout-api"), TestContext.Token);
        await _connector.NextAsync();
        await _connector.NextAsync();
    }

    [Fact]
    public async Task Participant_ExportsTheWholeThread_WithItsTraces()
    {
        var export = await _app.ClientFor("local:aad-olga", "reader").GetFromJsonAsync<JsonElement>($"/api/v1/threads/{_threadId}/export", TestContext.Token);

        Assert.Contains(_canary, export.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(2, export.GetProperty("traces").GetArrayLength());
        Assert.True(export.GetProperty("thread").GetProperty("messages").GetArrayLength() >= 4);
    }

    [Fact]
    public async Task Erase_ByAParticipant_RemovesItFromTheDatabaseFile_AndTheAuditStillVerifies()
    {
        var stranger = await _app.ClientFor("aad-mallory", "reader", "operator", "approver", "auditor").DeleteAsync($"/api/v1/threads/{_threadId}", TestContext.Token);
        var erased = await _app.ClientFor("local:aad-olga", "reader").DeleteAsync($"/api/v1/threads/{_threadId}", TestContext.Token);
        var after = await _app.ClientFor("local:aad-olga", "reader").GetAsync($"/api/v1/threads/{_threadId}/export", TestContext.Token);

        Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, erased.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
        foreach (var file in Directory.EnumerateFiles(_app.DataDirectory, "srebot.db*"))
        {
            var bytes = await File.ReadAllBytesAsync(file, TestContext.Token);
            Assert.False(Encoding.UTF8.GetString(bytes).Contains(_canary, StringComparison.Ordinal), $"{Path.GetFileName(file)} still holds the erased text");
        }

        Assert.True((await _app.Audit.VerifyAsync(TestContext.Token)).Ok);
        var deletions = await _app.Audit.QueryAsync(new AuditQuery(EventType: ThreadsApi.ThreadDeleted), TestContext.Token);
        Assert.Equal(_threadId, Assert.Single(deletions).Detail);
    }

    [Fact]
    public async Task Admin_CanEraseAnyThread()
    {
        var erased = await _app.ClientFor("ada", "admin").DeleteAsync($"/api/v1/threads/{_threadId}", TestContext.Token);

        Assert.Equal(HttpStatusCode.NoContent, erased.StatusCode);
    }

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    public void Dispose() => _app.Dispose();
}
