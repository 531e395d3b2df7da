using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SreBot.Bot.Tests.Infrastructure;
using SreBot.Shared.Audit;
using SreBot.Shared.Conversations;

namespace SreBot.Bot.Tests.Conversations;

/// <summary>
/// Every chat command that reads the estate or the knowledge goes through the caller's MCP session, so it leaves exactly
/// one <c>tool.call</c> audit record per tool call it makes: there is no second path.
/// </summary>
public sealed class ChatToolAuditTests : IAsyncLifetime, IDisposable
{
    private const string Olga = "local:aad-olga";

    private readonly SreBotApp _app = new();
    private ConnectorRecorder _connector = null!;

    public async Task InitializeAsync()
    {
        _connector = await ConnectorRecorder.StartAsync(_app);
        var sample = RepositoryFiles.PathOf("docs", "samples", "runbook-checkout-memory-leak.md");
        var response = await _app.ClientFor("ada", "admin").PostAsJsonAsync("/api/v1/knowledge",
            new { name = Path.GetFileName(sample), content = await File.ReadAllTextAsync(sample, TestContext.Token), contentType = "text/markdown" }, TestContext.Token);
        response.EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task Search_LeavesExactlyOneKnowledgeSearchRecord()
    {
        await SendAsync("search OutOfMemoryException restart");
        var reply = await _connector.NextAsync();

        Assert.Contains("runbook-checkout-memory-leak.md", reply.Text, StringComparison.Ordinal);
        var record = Assert.Single(await ToolCallsAsync());
        Assert.Equal("knowledge_search", record.Tool);
        Assert.Equal(AuditDecisions.Allow, record.Decision);
    }

    [Fact]
    public async Task Search_WithAnOverlongQuery_IsRefusedByTheTool_AndStillLeavesOneRecord()
    {
        await SendAsync("search " + string.Join(' ', Enumerable.Repeat("restart", 80)));
        var reply = await _connector.NextAsync();

        Assert.Contains("500 characters", reply.AllText, StringComparison.Ordinal);
        Assert.Equal("knowledge_search", Assert.Single(await ToolCallsAsync()).Tool);
    }

    [Fact]
    public async Task Investigate_LeavesOneRecordPerToolCall_InTheTrace()
    {
        await SendAsync("investigate app-checkout-api");
        await _connector.NextAsync(a => a.Card is not null);

        var threadId = new ConversationReference("msteams", _connector.ServiceUrl, ActivityBuilder.ConversationId, "personal", "tenant-1").ThreadId;
        var traces = await _app.ClientFor(Olga, "reader").GetFromJsonAsync<JsonElement>($"/api/v1/threads/{threadId}/traces", TestContext.Token);
        var steps = Assert.Single(traces.EnumerateArray()).GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("tool").GetString()!).ToList();
        var records = (await ToolCallsAsync()).OrderBy(r => r.Sequence).Select(r => r.Tool!).ToList();

        Assert.NotEmpty(steps);
        Assert.Equal(steps, records);
    }

    [Fact]
    public async Task Restart_LeavesOneRecordForTheLookup_AndOneForTheWriteTool()
    {
        await SendAsync("restart app-checkout-api because memory leak");
        await _connector.NextAsync();

        var records = (await ToolCallsAsync()).OrderBy(r => r.Sequence).ToList();
        Assert.Equal(["resources_list", "resource_restart"], records.Select(r => r.Tool));
        Assert.Equal(AuditDecisions.Deny, records[1].Decision);
    }

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    public void Dispose() => _app.Dispose();

    private async Task SendAsync(string text)
    {
        var response = await _app.CreateClient().PostAsJsonAsync("/api/messages", ActivityBuilder.Message(_connector.ServiceUrl, text), TestContext.Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<IReadOnlyList<AuditRecord>> ToolCallsAsync()
        => await _app.Audit.QueryAsync(new AuditQuery(UserId: Olga, EventType: AuditEventTypes.ToolCall), TestContext.Token);
}
