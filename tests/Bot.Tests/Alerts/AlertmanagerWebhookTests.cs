using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SreBot.Bot.Alerts;
using SreBot.Bot.Tests.Infrastructure;
using SreBot.Shared.Audit;
using SreBot.Shared.Conversations;
using SreBot.Shared.Traces;
using SreBot.Shared.WorkQueue;

namespace SreBot.Bot.Tests.Alerts;

/// <summary>
/// <c>POST /api/v1/alerts/alertmanager</c> on the real host: an alert becomes an incident that is investigated in the
/// background as <c>plan:default</c> in its own thread; repeats count in it; resolving resolves it; bad payloads get 400
/// with what is wrong; annotations are redacted on the way in; every post is audited.
/// </summary>
public sealed class AlertmanagerWebhookTests : IDisposable
{
    private const string Path = "/api/v1/alerts/alertmanager";

    private readonly SreBotApp _app = new();

    private HttpClient Sender => _app.ClientFor("alertmanager", "alerts");

    private HttpClient Reader => _app.ClientFor("rita", "reader");

    public void Dispose() => _app.Dispose();

    private async Task<string> PostOneAsync(JsonObject payload)
    {
        var response = await Sender.PostAsJsonAsync(Path, payload, TestContext.Token);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Token);
        return Assert.Single(body.GetProperty("incidents").EnumerateArray()).GetString()!;
    }

    [Fact]
    public async Task AFiringAlert_IsAccepted_AndItsIncidentIsInvestigatedAsThePlan_InTheIncidentsThread()
    {
        var id = await PostOneAsync(AlertPayloads.Alertmanager(AlertPayloads.AlertmanagerAlert("fp-1")));

        var incident = await IncidentPolling.WaitForAsync(Reader, id, IncidentPolling.Investigated, "investigated");
        Assert.Equal(("open", "default", AlertPayloads.CheckoutApi, "CheckoutHighMemory", "critical"),
            (IncidentPolling.Status(incident), incident.GetProperty("plan").GetString(), incident.GetProperty("resource").GetString(),
             incident.GetProperty("title").GetString(), incident.GetProperty("severity").GetString()));
        Assert.Contains("restart", incident.GetProperty("verdict").GetString(), StringComparison.OrdinalIgnoreCase);

        var threadId = incident.GetProperty("threadId").GetString()!;
        Assert.NotNull(await _app.Services.GetRequiredService<IConversationStore>().GetThreadAsync(threadId, TestContext.Token));
        var trace = Assert.Single(await _app.Services.GetRequiredService<IInvestigationTraceStore>().ListForThreadAsync(threadId, 10, TestContext.Token));
        Assert.Equal((incident.GetProperty("traceId").GetString(), "plan:default"), (trace.Id, trace.RequestedBy));

        // Every read went through the call path as the plan's principal.
        var calls = await _app.Audit.QueryAsync(new AuditQuery { UserId = "plan:default", EventType = AuditEventTypes.ToolCall, Limit = 100 }, TestContext.Token);
        Assert.NotEmpty(calls);
        Assert.All(calls, c => Assert.Equal(AuditDecisions.Allow, c.Decision));
    }

    [Fact]
    public async Task TheSameAlertRepeated_StaysOneIncident_InvestigatedOnce_AndResolvingItResolvesTheIncident()
    {
        var id = await PostOneAsync(AlertPayloads.Alertmanager(AlertPayloads.AlertmanagerAlert("fp-1")));
        var investigated = await IncidentPolling.WaitForAsync(Reader, id, IncidentPolling.Investigated, "investigated");

        Assert.Equal(id, await PostOneAsync(AlertPayloads.Alertmanager(AlertPayloads.AlertmanagerAlert("fp-1"))));
        var resolved = await PostOneAsync(AlertPayloads.Alertmanager(AlertPayloads.AlertmanagerAlert("fp-1", status: "resolved")));
        Assert.Equal(id, resolved);

        var incident = await Reader.GetFromJsonAsync<JsonElement>($"/api/v1/incidents/{id}", TestContext.Token);
        Assert.Equal("resolved", IncidentPolling.Status(incident));
        var alert = Assert.Single(incident.GetProperty("alerts").EnumerateArray());
        Assert.Equal((2, "resolved"), (alert.GetProperty("count").GetInt32(), alert.GetProperty("status").GetString()));
        Assert.Equal(investigated.GetProperty("traceId").GetString(), incident.GetProperty("traceId").GetString());
        Assert.Single(await _app.Services.GetRequiredService<IInvestigationTraceStore>().ListForThreadAsync(
            incident.GetProperty("threadId").GetString()!, 10, TestContext.Token));
        Assert.Single((await Reader.GetFromJsonAsync<JsonElement>("/api/v1/incidents", TestContext.Token)).EnumerateArray());
    }

    [Fact]
    public async Task AResourceNamedByGroupAndName_IsInvestigatedByName()
    {
        var alert = AlertPayloads.AlertmanagerAlert("fp-2", resourceId: null);
        alert["labels"]!["resource_group"] = "rg-shop-prod";
        alert["labels"]!["resource"] = "app-checkout-api";

        var id = await PostOneAsync(AlertPayloads.Alertmanager(alert));

        var incident = await IncidentPolling.WaitForAsync(Reader, id, IncidentPolling.Investigated, "investigated");
        Assert.Equal($"/subscriptions/{AlertPayloads.Subscription}/resourceGroups/rg-shop-prod/app-checkout-api", incident.GetProperty("resource").GetString());
        Assert.Contains("restart", incident.GetProperty("verdict").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AnAlertOutsideTheAssociatedGroups_IsAnIncidentMarkedOutOfScope_AndNeverInvestigated()
    {
        var id = await PostOneAsync(AlertPayloads.Alertmanager(AlertPayloads.AlertmanagerAlert("fp-3", resourceId: AlertPayloads.LedgerApi)));
        // An in-scope alert posted after it is investigated: the processor has looked at the queue since.
        var later = await PostOneAsync(AlertPayloads.Alertmanager(AlertPayloads.AlertmanagerAlert("fp-4")));
        await IncidentPolling.WaitForAsync(Reader, later, IncidentPolling.Investigated, "investigated");

        var incident = await Reader.GetFromJsonAsync<JsonElement>($"/api/v1/incidents/{id}", TestContext.Token);
        Assert.Equal("out_of_scope", IncidentPolling.Status(incident));
        Assert.Equal(JsonValueKind.Null, incident.GetProperty("traceId").ValueKind);
        Assert.Equal(JsonValueKind.Null, incident.GetProperty("verdict").ValueKind);
        Assert.Equal(0, await _app.Services.GetRequiredService<IWorkQueue>().CountAsync(IncidentInvestigation.QueueKind, TestContext.Token));
        Assert.Equal([id], (await Reader.GetFromJsonAsync<JsonElement>("/api/v1/incidents?status=out_of_scope", TestContext.Token))
            .EnumerateArray().Select(i => i.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task ASecretInAnAnnotation_IsRedactedBeforeItIsStored()
    {
        var id = await PostOneAsync(AlertPayloads.Alertmanager(AlertPayloads.AlertmanagerAlert(
            "fp-5", summary: "Storage failing: DefaultEndpointsProtocol=https;AccountName=shop;AccountKey=c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0MTIzNDU2Nzg5MA==")));

        var incident = await Reader.GetFromJsonAsync<JsonElement>($"/api/v1/incidents/{id}", TestContext.Token);
        var summary = incident.GetProperty("alerts")[0].GetProperty("summary").GetString()!;
        Assert.DoesNotContain("c2VjcmV0", summary, StringComparison.Ordinal);
        Assert.Contains("[REDACTED:", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryPost_IsAuditedAsAlertReceived_WithItsSender()
    {
        var id = await PostOneAsync(AlertPayloads.Alertmanager(AlertPayloads.AlertmanagerAlert("fp-6")));

        var record = Assert.Single(await _app.Audit.QueryAsync(new AuditQuery { EventType = "alert.received", Limit = 10 }, TestContext.Token));
        Assert.Equal("alertmanager", record.UserId);
        var detail = JsonDocument.Parse(record.Detail!).RootElement;
        Assert.Equal(("alertmanager", 1, id), (detail.GetProperty("source").GetString(), detail.GetProperty("alerts").GetInt32(), detail.GetProperty("incidents")[0].GetString()));
    }

    [Theory]
    [InlineData("not json", "not valid JSON")]
    [InlineData("[]", "must be an Alertmanager webhook payload")]
    [InlineData("{\"version\":\"3\",\"alerts\":[]}", "$.version: must be \\\"4\\\"")]
    [InlineData("{\"version\":\"4\"}", "$.alerts: is required")]
    [InlineData("{\"version\":\"4\",\"alerts\":[{\"status\":\"firing\",\"labels\":{\"azure_resource_id\":\"/subscriptions/11111111-1111-1111-1111-111111111111/resourceGroups/rg-shop-prod\"}}]}", "$.alerts[0].fingerprint: is required")]
    [InlineData("{\"version\":\"4\",\"alerts\":[{\"status\":\"burning\",\"fingerprint\":\"a\",\"labels\":{\"azure_resource_id\":\"/subscriptions/11111111-1111-1111-1111-111111111111/resourceGroups/rg-shop-prod\"}}]}", "$.alerts[0].status: must be one of firing, resolved")]
    [InlineData("{\"version\":\"4\",\"alerts\":[{\"status\":\"firing\",\"fingerprint\":\"a\",\"labels\":{\"alertname\":\"x\"}}]}", "needs the label azure_resource_id")]
    [InlineData("{\"version\":\"4\",\"alerts\":[{\"status\":\"firing\",\"fingerprint\":\"a\",\"labels\":{\"azure_resource_id\":\"not-an-id\"}}]}", "$.alerts[0].labels.azure_resource_id: is not an ARM resource id")]
    [InlineData("{\"version\":\"4\",\"alerts\":[{\"status\":\"firing\",\"fingerprint\":7,\"labels\":[]}]}", "$.alerts[0].fingerprint: must be a string")]
    [InlineData("{\"version\":\"4\",\"alerts\":[{\"status\":\"firing\",\"fingerprint\":\"a\",\"labels\":{\"resource_group\":\"../rg\",\"resource\":\"x\"}}]}", "must be names, not paths")]
    public async Task AMalformedPayload_Gets400_SayingWhatIsWrong(string body, string expected)
    {
        var response = await Sender.PostAsync(Path, new StringContent(body, Encoding.UTF8, "application/json"), TestContext.Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync(TestContext.Token), StringComparison.Ordinal);
        Assert.Empty((await Reader.GetFromJsonAsync<JsonElement>("/api/v1/incidents", TestContext.Token)).EnumerateArray());
    }

    [Fact]
    public async Task AnOverlongFingerprint_AndTooManyAlerts_And_ATooLargeBody_AreRefused()
    {
        var longKey = await Sender.PostAsJsonAsync(Path, AlertPayloads.Alertmanager(AlertPayloads.AlertmanagerAlert(new string('f', 300))), TestContext.Token);
        Assert.Equal(HttpStatusCode.BadRequest, longKey.StatusCode);
        Assert.Contains("fingerprint: is limited to 256 characters", await longKey.Content.ReadAsStringAsync(TestContext.Token), StringComparison.Ordinal);

        var many = await Sender.PostAsJsonAsync(Path, AlertPayloads.Alertmanager([.. Enumerable.Range(0, 201).Select(i => AlertPayloads.AlertmanagerAlert($"fp{i}"))]), TestContext.Token);
        Assert.Equal(HttpStatusCode.BadRequest, many.StatusCode);
        Assert.Contains("must hold 1 to 200 entries", await many.Content.ReadAsStringAsync(TestContext.Token), StringComparison.Ordinal);

        var big = await Sender.PostAsync(Path, new StringContent($"{{\"version\":\"4\",\"pad\":\"{new string('x', 300 * 1024)}\"}}", Encoding.UTF8, "application/json"), TestContext.Token);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, big.StatusCode);
    }
}
