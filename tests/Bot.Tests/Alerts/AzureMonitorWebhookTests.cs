using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SreBot.Bot.Tests.Infrastructure;

namespace SreBot.Bot.Tests.Alerts;

/// <summary>
/// <c>POST /api/v1/alerts/azure-monitor</c> with the common alert schema samples of the public docs (metric, log and
/// activity-log alerts), fired and then resolved; and its 400s.
/// </summary>
public sealed class AzureMonitorWebhookTests : IDisposable
{
    private const string Path = "/api/v1/alerts/azure-monitor";

    private readonly SreBotApp _app = new();

    private HttpClient Sender => _app.ClientFor("azure-monitor-action-group", "alerts");

    private HttpClient Reader => _app.ClientFor("rita", "reader");

    public void Dispose() => _app.Dispose();

    public static TheoryData<string> Samples => ["metric", "log", "activity-log"];

    private static JsonObject Sample(string kind, string condition, string target = AlertPayloads.CheckoutApi) => kind switch
    {
        "metric" => AlertPayloads.AzureMetricAlert(condition, target),
        "log" => AlertPayloads.AzureLogAlert(condition, target),
        _ => AlertPayloads.AzureActivityLogAlert(condition, target),
    };

    private async Task<string> PostAsync(JsonObject payload)
    {
        var response = await Sender.PostAsJsonAsync(Path, payload, TestContext.Token);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return Assert.Single((await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Token)).GetProperty("incidents").EnumerateArray()).GetString()!;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task ADocsSample_Fired_IsInvestigated_AndResolved_ResolvesItsIncident(string kind)
    {
        var fired = Sample(kind, "Fired");
        var id = await PostAsync(fired);

        var incident = await IncidentPolling.WaitForAsync(Reader, id, IncidentPolling.Investigated, "investigated");
        var essentials = fired["data"]!["essentials"]!;
        Assert.Equal(((string?)essentials["alertRule"], (string?)essentials["severity"], AlertPayloads.CheckoutApi),
            (incident.GetProperty("title").GetString(), incident.GetProperty("severity").GetString(), incident.GetProperty("resource").GetString()));
        Assert.Equal(((string?)essentials["alertId"], "azure-monitor"),
            (incident.GetProperty("alerts")[0].GetProperty("dedupeKey").GetString(), incident.GetProperty("alerts")[0].GetProperty("source").GetString()));

        Assert.Equal(id, await PostAsync(Sample(kind, "Resolved")));
        var resolved = await Reader.GetFromJsonAsync<JsonElement>($"/api/v1/incidents/{id}", TestContext.Token);
        Assert.Equal("resolved", IncidentPolling.Status(resolved));
        Assert.Equal(JsonValueKind.String, resolved.GetProperty("closedAt").ValueKind);
    }

    [Fact]
    public async Task AResolvedSample_WithoutAnOpenIncident_IsAccepted_AndIgnored()
    {
        var response = await Sender.PostAsJsonAsync(Path, AlertPayloads.AzureMetricAlert("Resolved"), TestContext.Token);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Token);
        Assert.Equal((0, 1), (body.GetProperty("incidents").GetArrayLength(), body.GetProperty("ignored").GetInt32()));
    }

    [Fact]
    public async Task ASubscriptionTarget_IsOutOfScope()
    {
        var id = await PostAsync(AlertPayloads.AzureActivityLogAlert("Fired", $"/subscriptions/{AlertPayloads.Subscription}"));

        Assert.Equal("out_of_scope", IncidentPolling.Status(await Reader.GetFromJsonAsync<JsonElement>($"/api/v1/incidents/{id}", TestContext.Token)));
    }

    [Theory]
    [InlineData("schemaId", "\"Microsoft.Insights/activityLogs\"", "$.schemaId: must be \\\"azureMonitorCommonAlertSchema\\\"")]
    [InlineData("severity", "\"Critical\"", "$.data.essentials.severity: must be one of Sev0, Sev1, Sev2, Sev3, Sev4")]
    [InlineData("monitorCondition", "\"Active\"", "$.data.essentials.monitorCondition: must be one of Fired, Resolved")]
    [InlineData("alertTargetIDs", "[]", "$.data.essentials.alertTargetIDs: must hold 1 to 50 entries")]
    [InlineData("alertTargetIDs", "[\"/subscriptions/x/../y\"]", "$.data.essentials.alertTargetIDs[0]: is not an ARM resource id")]
    [InlineData("alertId", "null", "$.data.essentials.alertId: is required")]
    [InlineData("alertRule", "42", "$.data.essentials.alertRule: must be a string")]
    public async Task AMalformedPayload_Gets400_SayingWhatIsWrong(string field, string value, string expected)
    {
        var payload = AlertPayloads.AzureMetricAlert("Fired");
        var node = JsonNode.Parse(value);
        if (field == "schemaId")
        {
            payload[field] = node;
        }
        else
        {
            payload["data"]!["essentials"]![field] = node;
        }

        var response = await Sender.PostAsync(Path, new StringContent(payload.ToJsonString(), Encoding.UTF8, "application/json"), TestContext.Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync(TestContext.Token), StringComparison.Ordinal);
    }
}
