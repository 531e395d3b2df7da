using System.Net.Http.Json;
using SreBot.Bot.Tests.Infrastructure;
using SreBot.Shared.Audit;

namespace SreBot.Bot.Tests.Knowledge;

/// <summary><c>knowledge_search</c> over MCP with a real client, through the one call path; and <c>search</c> in chat.</summary>
public sealed class KnowledgeSearchToolTests : IAsyncLifetime, IDisposable
{
    private readonly SreBotApp _app = new();
    private ConnectorRecorder _connector = null!;

    public async Task InitializeAsync()
    {
        _connector = await ConnectorRecorder.StartAsync(_app);
        var admin = _app.ClientFor("ada", "admin");
        foreach (var sample in Directory.EnumerateFiles(RepositoryFiles.PathOf("docs", "samples"), "*.md"))
        {
            var response = await admin.PostAsJsonAsync("/api/v1/knowledge",
                new { name = Path.GetFileName(sample), content = await File.ReadAllTextAsync(sample, TestContext.Token), contentType = "text/markdown" }, TestContext.Token);
            response.EnsureSuccessStatusCode();
        }
    }

    [Fact]
    public async Task Reader_GetsRankedPassages_WithDocumentNamePositionAndScore_AndTheCallIsAudited()
    {
        await using var client = await _app.McpClientFor("rita", "reader");

        var result = await client.CallAsync("knowledge_search", new { query = "roll back the deployment of app-checkout-api", limit = 3 });

        Assert.NotEqual(true, result.IsError);
        var passages = result.StructuredContent!.Value.GetProperty("passages").EnumerateArray().ToList();
        Assert.InRange(passages.Count, 1, 3);
        Assert.Equal("runbook-bad-deployment-rollback.md", passages[0].GetProperty("documentName").GetString());
        Assert.True(passages[0].GetProperty("position").GetInt32() >= 0);
        Assert.True(passages[0].GetProperty("hasEveryWord").GetBoolean());
        Assert.True(passages[0].GetProperty("score").GetDouble() > 0);
        var records = await _app.Audit.QueryAsync(new AuditQuery(UserId: "rita", EventType: AuditEventTypes.ToolCall), TestContext.Token);
        Assert.Contains(records, r => r.Tool == "knowledge_search" && r.Decision == AuditDecisions.Allow);
    }

    [Fact]
    public async Task BadArguments_AreToolErrors_AndAnAuditorIsRefused()
    {
        await using var reader = await _app.McpClientFor("rita", "reader");
        await using var auditor = await _app.McpClientFor("aud", "auditor");

        var empty = await reader.CallAsync("knowledge_search", new { query = "  " });
        var limit = await reader.CallAsync("knowledge_search", new { query = "restart", limit = 50 });
        var refused = await auditor.CallAsync("knowledge_search", new { query = "restart" });

        Assert.True(empty.IsError);
        Assert.True(limit.IsError);
        Assert.True(refused.IsError);
        Assert.Contains("roles", refused.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchInChat_AnswersWithTheBestPassages_AsPlainText()
    {
        await _app.CreateClient().PostAsJsonAsync("/api/messages", ActivityBuilder.Message(_connector.ServiceUrl, "search OutOfMemoryException restart"), TestContext.Token);
        var reply = await _connector.NextAsync();

        Assert.Contains("runbook-checkout-memory-leak.md", reply.Text, StringComparison.Ordinal);
        Assert.Equal("plain", reply.Body.GetProperty("textFormat").GetString());
    }

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    public void Dispose() => _app.Dispose();
}
