using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SreBot.Bot.Tests.Infrastructure;
using SreBot.Shared.Approvals;
using SreBot.Shared.Audit;

namespace SreBot.Bot.Tests.Conversations;

/// <summary>Chat through /api/messages in local mode, with replies captured by a Bot Connector on loopback.</summary>
public sealed class ChatTests : IAsyncLifetime, IDisposable
{
    private readonly SreBotApp _app = new();
    private ConnectorRecorder _connector = null!;

    public async Task InitializeAsync() => _connector = await ConnectorRecorder.StartAsync(_app);

    [Fact]
    public async Task Investigate_AnswersWithACard_ThatNamesTheMemoryLeak_AndSuggestsARestart()
    {
        var response = await Send(ActivityBuilder.Message(_connector.ServiceUrl, "investigate app-checkout-api"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = await _connector.NextAsync();
        Assert.NotNull(reply.Card);
        Assert.Contains("app-checkout-api", reply.AllText, StringComparison.Ordinal);
        Assert.True(reply.AllText.Contains("memory leak", StringComparison.OrdinalIgnoreCase), reply.AllText);
        Assert.Contains("OutOfMemoryException", reply.AllText, StringComparison.Ordinal);
        Assert.Contains("Request restart", reply.AllText, StringComparison.Ordinal);
        Assert.Contains("requestRemediation", reply.AllText, StringComparison.Ordinal);
        var records = await _app.Audit.QueryAsync(new AuditQuery(UserId: "local:aad-olga", EventType: AuditEventTypes.ToolCall), TestContext.Token);
        Assert.Contains(records, r => r.Tool == "metrics_query");
    }

    [Fact]
    public async Task Investigate_OutOfScopeResource_IsNotFound()
    {
        await Send(ActivityBuilder.Message(_connector.ServiceUrl, "investigate app-ledger-api"));

        var reply = await _connector.NextAsync();
        Assert.Contains("can't find", reply.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restart_InReaderMode_IsRefused_WithTheReason()
    {
        await Send(ActivityBuilder.Message(_connector.ServiceUrl, "restart app-checkout-api because memory leak"));

        var reply = await _connector.NextAsync();
        Assert.Contains("Reader mode", reply.AllText, StringComparison.Ordinal);
        Assert.Equal(0, _app.Estate.Writes);
    }

    [Fact]
    public async Task Restart_ApprovedOnTheCard_RunsOnce_UpdatesTheMessage_AndIsTheSameApproval()
    {
        await _app.SetModeAsync("Privileged");
        await _app.ClientFor("ada", "admin").PutAsJsonAsync("/api/v1/agent/roles/local:aad-abe", new { roles = new[] { "approver" } }, TestContext.Token);
        await Send(ActivityBuilder.Message(_connector.ServiceUrl, "whoami", aadObjectId: "aad-abe", name: "Abe Approver"));
        await _connector.NextAsync();

        await Send(ActivityBuilder.Message(_connector.ServiceUrl, "restart app-checkout-api because memory leak"));
        var card = await _connector.NextAsync(a => a.Card is not null);
        var approvalId = ApprovalIdIn(card);
        Assert.Contains("29:aad-abe", card.AllText, StringComparison.Ordinal);

        var selfClick = await Invoke("approve", approvalId, card.Id, "aad-olga");
        var click = await Invoke("approve", approvalId, card.Id, "aad-abe");
        var again = await Invoke("approve", approvalId, card.Id, "aad-abe");

        Assert.Equal(HttpStatusCode.OK, click.StatusCode);
        var body = await click.Content.ReadFromJsonAsync<JsonElement>(TestContext.Token);
        Assert.Equal("application/vnd.microsoft.card.adaptive", body.GetProperty("type").GetString());
        Assert.True(JsonText.Strings(body).Contains("the action ran", StringComparison.Ordinal), JsonText.Strings(body));
        Assert.Contains("approver", await selfClick.Content.ReadAsStringAsync(TestContext.Token), StringComparison.Ordinal);
        Assert.Contains("already", await again.Content.ReadAsStringAsync(TestContext.Token), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(1, _app.Estate.Writes);

        var update = await _connector.NextAsync(a => a.Method == "PUT");
        Assert.Equal(card.Id, update.Id);
        Assert.Contains("the action ran", update.AllText, StringComparison.Ordinal);

        var approval = await _app.ClientFor("rita", "reader").GetFromJsonAsync<JsonElement>($"/api/v1/approvals/{approvalId}", TestContext.Token);
        Assert.Equal("local:aad-abe", approval.GetProperty("decidedBy").GetString());
        Assert.Equal("local:aad-olga", approval.GetProperty("requestedBy").GetString());
        var approved = await _app.Audit.QueryAsync(new AuditQuery(UserId: "local:aad-abe", EventType: ApprovalAuditEvents.Approved), TestContext.Token);
        Assert.Single(approved, r => r.Detail == approvalId);
    }

    [Fact]
    public async Task ApprovalRequest_ReachesApprovers_InTheirOwnChatWithSreBot()
    {
        await _app.SetModeAsync("Privileged");
        await _app.ClientFor("ada", "admin").PutAsJsonAsync("/api/v1/agent/roles/local:aad-abe", new { roles = new[] { "approver" } }, TestContext.Token);
        await Send(ActivityBuilder.Message(_connector.ServiceUrl, "whoami", aadObjectId: "aad-abe", name: "Abe Approver", conversationId: "a:abe-personal"));
        await _connector.NextAsync();

        await Send(ActivityBuilder.Message(_connector.ServiceUrl, "restart app-checkout-api because memory leak"));

        var inRequesterChat = await _connector.NextAsync(a => a.Card is not null && a.ConversationId == ActivityBuilder.ConversationId);
        var inApproverChat = await _connector.NextAsync(a => a.Card is not null && a.ConversationId == "a:abe-personal");
        Assert.Equal(ApprovalIdIn(inRequesterChat), ApprovalIdIn(inApproverChat));
        Assert.Contains("29:aad-abe", inApproverChat.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApprovalRequest_SentToAnApproversChat_IsRecordedInThatThread()
    {
        await _app.SetModeAsync("Privileged");
        await _app.ClientFor("ada", "admin").PutAsJsonAsync("/api/v1/agent/roles/local:aad-abe", new { roles = new[] { "approver" } }, TestContext.Token);
        await Send(ActivityBuilder.Message(_connector.ServiceUrl, "whoami", aadObjectId: "aad-abe", name: "Abe Approver", conversationId: "a:abe-personal"));
        await _connector.NextAsync();

        await Send(ActivityBuilder.Message(_connector.ServiceUrl, "restart app-checkout-api because memory leak"));
        var inApproverChat = await _connector.NextAsync(a => a.Card is not null && a.ConversationId == "a:abe-personal");

        var thread = new SreBot.Shared.Conversations.ConversationReference("msteams", _connector.ServiceUrl, "a:abe-personal", "personal", "tenant-1").ThreadId;
        var messages = await _app.Services.GetRequiredService<SreBot.Shared.Conversations.IConversationStore>().GetMessagesAsync(thread, 50, TestContext.Token);
        Assert.Contains(messages, m => m.Direction == "out" && m.Text == $"[card] approval {ApprovalIdIn(inApproverChat)}");
    }

    [Fact]
    public async Task TamperedCardData_RunsOnlyTheStoredAction_AndIsRecorded()
    {
        await _app.SetModeAsync("Privileged");
        await _app.ClientFor("ada", "admin").PutAsJsonAsync("/api/v1/agent/roles/local:aad-abe", new { roles = new[] { "approver" } }, TestContext.Token);
        await Send(ActivityBuilder.Message(_connector.ServiceUrl, "restart app-checkout-api because memory leak"));
        var card = await _connector.NextAsync(a => a.Card is not null);
        var approvalId = ApprovalIdIn(card);

        await Send(ActivityBuilder.CardAction(_connector.ServiceUrl, "approve", new { approvalId, resourceId = SandboxIds.LedgerApi }, card.Id, "aad-abe"));

        Assert.Equal(1, _app.Estate.Writes);
        Assert.Contains(await _app.Audit.QueryAsync(new AuditQuery(EventType: ApprovalAuditEvents.Tampered), TestContext.Token), r => r.Detail!.StartsWith(approvalId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ClickAfterExpiry_IsRefused_AndTheCardShowsExpired()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.UtcNow);
        using var app = new SreBotApp(time: time);
        app.AllowLocalServiceUrl(_connector.ServiceUrl);
        await app.SetModeAsync("Privileged");
        await app.ClientFor("ada", "admin").PutAsJsonAsync("/api/v1/agent/roles/local:aad-abe", new { roles = new[] { "approver" } }, TestContext.Token);
        await app.CreateClient().PostAsJsonAsync("/api/messages", ActivityBuilder.Message(_connector.ServiceUrl, "restart app-checkout-api because memory leak"), TestContext.Token);
        var card = await _connector.NextAsync(a => a.Card is not null);

        time.Advance(TimeSpan.FromMinutes(61));
        var click = await app.CreateClient().PostAsJsonAsync(
            "/api/messages", ActivityBuilder.CardAction(_connector.ServiceUrl, "approve", new { approvalId = ApprovalIdIn(card) }, card.Id, "aad-abe"), TestContext.Token);

        var shown = JsonText.Strings(await click.Content.ReadFromJsonAsync<JsonElement>(TestContext.Token));
        Assert.True(shown.Contains("Expired", StringComparison.Ordinal), shown);
        Assert.Equal(0, app.Estate.Writes);
    }

    [Fact]
    public async Task Message_WithoutAnEntraObjectId_IsToldWhy()
    {
        var anonymous = System.Text.Json.Nodes.JsonNode.Parse(JsonSerializer.Serialize(ActivityBuilder.Message(_connector.ServiceUrl, "help")))!;
        anonymous["from"]!.AsObject().Remove("aadObjectId");
        var json = anonymous.ToJsonString();

        await _app.CreateClient().PostAsync("/api/messages", new StringContent(json, System.Text.Encoding.UTF8, "application/json"), TestContext.Token);

        var said = (await _connector.NextAsync()).AllText;
        Assert.True(said.Contains("can't tell who you are", StringComparison.Ordinal), said);
    }

    [Fact]
    public async Task Help_ListsTheCommands()
    {
        await Send(ActivityBuilder.Message(_connector.ServiceUrl, "help"));

        var reply = await _connector.NextAsync();
        Assert.Contains("investigate", reply.AllText, StringComparison.Ordinal);
        Assert.Contains("approvals", reply.AllText, StringComparison.Ordinal);
    }

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    public void Dispose() => _app.Dispose();

    private Task<HttpResponseMessage> Send(object activity) => _app.CreateClient().PostAsJsonAsync("/api/messages", activity, TestContext.Token);

    private Task<HttpResponseMessage> Invoke(string verb, string approvalId, string cardActivityId, string aadObjectId)
        => Send(ActivityBuilder.CardAction(_connector.ServiceUrl, verb, new { approvalId }, cardActivityId, aadObjectId));

    private static string ApprovalIdIn(RecordedActivity card)
        => System.Text.RegularExpressions.Regex.Match(card.AllText, "apr_[0-9a-f]{32}").Value is { Length: > 0 } id ? id : throw new InvalidOperationException($"no approval id in {card.AllText}");
}
