using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using SreBot.Bot.Tests.Infrastructure;
using SreBot.Shared.Blobs;
using SreBot.Shared.Conversations;

namespace SreBot.Bot.Tests.Redaction;

/// <summary>
/// Secrets a person or a client types or pastes (an approval's reason, a decision's comment, a chat message, a knowledge
/// document, a memory) are redacted as they come in: what is stored, shown, carded and exported holds none of them, and
/// neither do the database files or the blobs.
/// </summary>
public sealed class InboundSecretTests : IAsyncLifetime, IDisposable
{
    private readonly SecretCanaries _canaries = new();
    private readonly SreBotApp _app = new();
    private ConnectorRecorder _connector = null!;

    private string Pasted => string.Join("; ", _canaries.Pasted);

    public async Task InitializeAsync() => _connector = await ConnectorRecorder.StartAsync(_app);

    [Fact]
    public async Task ApprovalReason_OverMcp_IsStoredRedacted()
    {
        await _app.SetModeAsync("Privileged");
        await using var client = await _app.McpClientFor("olga", "operator");

        var result = await client.CallAsync("resource_restart", new { resourceId = SandboxIds.CheckoutApi, reason = $"memory leak; {Pasted}" });

        Assert.True(result.IsError != true, result.Text());
        var approvalId = result.StructuredContent!.Value.GetProperty("approvalId").GetString()!;
        var shown = await _app.ClientFor("abe", "approver").GetStringAsync($"/api/v1/approvals/{approvalId}", TestContext.Token);
        AssertRedacted(shown, "GET /api/v1/approvals/{id}");
        using var approval = JsonDocument.Parse(shown);
        Assert.StartsWith("memory leak; AccountKey=[REDACTED:", approval.RootElement.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Contains("memory leak", approval.RootElement.GetProperty("arguments").GetString(), StringComparison.Ordinal);
        await AssertNoneOnDiskAsync();
    }

    [Fact]
    public async Task ApprovalReason_InChat_IsRedacted_OnTheCards_InTheThread_AndInTheExports()
    {
        await _app.SetModeAsync("Privileged");
        await _app.ClientFor("ada", "admin").PutAsJsonAsync("/api/v1/agent/roles/local:aad-abe", new { roles = new[] { "approver" } }, TestContext.Token);
        await Send("whoami", aadObjectId: "aad-abe", name: "Abe Approver", conversationId: "a:abe-personal");
        await _connector.NextAsync();

        await Send($"restart app-checkout-api because memory leak; {Pasted}");

        var inRequesterChat = await _connector.NextAsync(a => a.Card is not null && a.ConversationId == ActivityBuilder.ConversationId);
        var inApproverChat = await _connector.NextAsync(a => a.Card is not null && a.ConversationId == "a:abe-personal");
        Assert.Contains("memory leak", inRequesterChat.AllText, StringComparison.Ordinal);
        Assert.Contains("[REDACTED:", inApproverChat.AllText, StringComparison.Ordinal);
        foreach (var activity in _connector.All)
        {
            _canaries.AssertNoneIn(activity.Body.GetRawText(), $"activity {activity.Id} (raw)");
            _canaries.AssertNoneIn(activity.AllText, $"activity {activity.Id} (decoded)");
        }

        await AssertThreadAndExportsRedactedAsync("memory leak");
        await AssertNoneOnDiskAsync();
    }

    [Fact]
    public async Task DecisionComment_OverTheApi_IsStoredRedacted()
    {
        await _app.SetModeAsync("Privileged");
        string approvalId;
        await using (var client = await _app.McpClientFor("olga", "operator"))
        {
            var result = await client.CallAsync("resource_restart", new { resourceId = SandboxIds.CheckoutApi, reason = "memory leak" });
            approvalId = result.StructuredContent!.Value.GetProperty("approvalId").GetString()!;
        }

        var approver = _app.ClientFor("abe", "approver");
        var decided = await approver.PostAsJsonAsync($"/api/v1/approvals/{approvalId}/decision", new { decision = "reject", comment = $"not now; {Pasted}" }, TestContext.Token);
        var shown = await approver.GetStringAsync($"/api/v1/approvals/{approvalId}", TestContext.Token);

        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        AssertRedacted(await decided.Content.ReadAsStringAsync(TestContext.Token), "the decision answer");
        AssertRedacted(shown, "GET /api/v1/approvals/{id}");
        using var approval = JsonDocument.Parse(shown);
        Assert.StartsWith("not now; AccountKey=[REDACTED:", approval.RootElement.GetProperty("decisionComment").GetString(), StringComparison.Ordinal);
        await AssertNoneOnDiskAsync();
    }

    [Fact]
    public async Task ChatMessage_IsStoredRedacted_InTheThread_TheExports_AndTheDatabase()
    {
        await Send($"hello, our storage settings are {Pasted}");
        await _connector.NextAsync();

        await AssertThreadAndExportsRedactedAsync("our storage settings are");
        await AssertNoneOnDiskAsync();
    }

    [Fact]
    public async Task KnowledgeDocument_IsStoredRedacted_AndTheUploadSaysHowManySecretsWereRemoved()
    {
        var content = "# Checkout storage runbook\n\n## Connect\n\nConnect with these settings:\n\n"
            + string.Join('\n', _canaries.Pasted.Select(p => $"- {p}")) + "\n\nThen restart app-checkout-api.\n";

        var uploaded = await _app.ClientFor("ada", "admin").PostAsJsonAsync("/api/v1/knowledge", new { name = "storage.md", content, contentType = "text/markdown" }, TestContext.Token);

        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var answer = await uploaded.Content.ReadAsStringAsync(TestContext.Token);
        AssertRedacted(answer, "the upload answer", requireMarker: false);
        using var document = JsonDocument.Parse(answer);
        Assert.Equal(_canaries.Pasted.Count, document.RootElement.GetProperty("secretsRedacted").GetInt32());
        var id = document.RootElement.GetProperty("id").GetString()!;
        var read = await _app.ClientFor("rita", "reader").GetStringAsync($"/api/v1/knowledge/{id}", TestContext.Token);
        AssertRedacted(read, "GET /api/v1/knowledge/{id}");
        Assert.Contains("Then restart app-checkout-api.", read, StringComparison.Ordinal);
        var blob = await File.ReadAllTextAsync(Path.Combine(_app.DataDirectory, LocalFolderBlobStore.FolderName, "knowledge", $"{id}.md"), TestContext.Token);
        _canaries.AssertNoneIn(blob, "the knowledge blob");
        Assert.Contains("- accountKey: [REDACTED:secret]", blob, StringComparison.Ordinal);

        await _app.ClientFor("ada", "admin").PutAsJsonAsync("/api/v1/agent/roles/local:aad-rita", new { roles = new[] { "reader" } }, TestContext.Token);
        await Send("search connect storage settings", name: "Rita Reader", aadObjectId: "aad-rita");
        var found = await _connector.NextAsync(a => a.Text?.Contains("From the knowledge documents", StringComparison.Ordinal) == true);
        AssertRedacted(found.Body.GetRawText(), "the chat search answer");
        await AssertNoneOnDiskAsync();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public async Task Memory_WithASecret_IsRefused_OverTheApi(int form)
    {
        var client = _app.ClientFor("olga", "operator");

        var response = await client.PostAsJsonAsync("/api/v1/memories", new { text = $"checkout storage: {_canaries.Pasted[form]}" }, TestContext.Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("secret", await response.Content.ReadAsStringAsync(TestContext.Token), StringComparison.Ordinal);
        Assert.Equal("[]", await client.GetStringAsync("/api/v1/memories", TestContext.Token));
        await AssertNoneOnDiskAsync();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task Memory_WithASecret_IsRefused_InChat_AndTheMessageIsStoredRedacted(int form)
    {
        await Send($"remember checkout storage: {_canaries.Pasted[form]}");

        var reply = await _connector.NextAsync();
        Assert.Contains("secret", reply.AllText, StringComparison.Ordinal);
        Assert.Equal("[]", await _app.ClientFor("local:aad-olga", "operator").GetStringAsync("/api/v1/memories", TestContext.Token));
        await AssertThreadAndExportsRedactedAsync("remember checkout storage");
        await AssertNoneOnDiskAsync();
    }

    public Task DisposeAsync() => _connector.DisposeAsync().AsTask();

    public void Dispose() => _app.Dispose();

    private async Task Send(string text, string aadObjectId = "aad-olga", string name = "Olga Operator", string conversationId = ActivityBuilder.ConversationId)
    {
        var response = await _app.CreateClient().PostAsJsonAsync("/api/messages", ActivityBuilder.Message(_connector.ServiceUrl, text, aadObjectId, name, conversationId), TestContext.Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    // The thread as its participant reads and exports it, and local:aad-olga's own export: the message is there, its secrets are not.
    private async Task AssertThreadAndExportsRedactedAsync(string phrase)
    {
        var threadId = new ConversationReference("msteams", _connector.ServiceUrl, ActivityBuilder.ConversationId, "personal", "tenant-1").ThreadId;
        var olga = _app.ClientFor("local:aad-olga", "operator");
        foreach (var route in new[] { $"/api/v1/threads/{threadId}", $"/api/v1/threads/{threadId}/export", "/api/v1/me/export" })
        {
            var body = await olga.GetStringAsync(route, TestContext.Token);
            Assert.Contains(phrase, body, StringComparison.Ordinal);
            AssertRedacted(body, route);
        }
    }

    private void AssertRedacted(string json, string where, bool requireMarker = true)
    {
        _canaries.AssertNoneIn(json, $"{where} (raw)");
        using var parsed = JsonDocument.Parse(json);
        var decoded = JsonText.Strings(parsed.RootElement);
        _canaries.AssertNoneIn(decoded, $"{where} (decoded)");
        if (requireMarker)
        {
            Assert.Contains("[REDACTED:", decoded, StringComparison.Ordinal);
        }
    }

    // The database files (srebot.db and its WAL) and every blob (knowledge originals, exports).
    private async Task AssertNoneOnDiskAsync()
    {
        await DatabaseFiles.AssertNotFoundAsync(_app.DataDirectory, [.. _canaries.Secrets]);
        var blobs = Path.Combine(_app.DataDirectory, LocalFolderBlobStore.FolderName);
        foreach (var file in Directory.Exists(blobs) ? Directory.EnumerateFiles(blobs, "*", SearchOption.AllDirectories) : [])
        {
            _canaries.AssertNoneIn(Encoding.UTF8.GetString(await File.ReadAllBytesAsync(file, TestContext.Token)), $"blob {Path.GetRelativePath(blobs, file)}");
        }
    }
}
