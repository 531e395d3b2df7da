using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using SreBot.EndToEnd.Tests.Harness;

namespace SreBot.EndToEnd.Tests.Alerts;

/// <summary>
/// The real Alertmanager notifying the real SreBot process: an alert posted to Alertmanager reaches SreBot's webhook with a
/// local-issuer token of the <c>alerts</c> role, becomes one incident that is investigated; Alertmanager's repeated
/// notifications keep it one incident; an alert that ends resolves it.
/// </summary>
public sealed class AlertmanagerToSreBotTests : IAsyncLifetime
{
    private readonly BotProcess _bot = new(null, new Dictionary<string, string?> { ["Incidents__QueueIntervalSeconds"] = "1" });
    private AlertmanagerProcess? _alertmanager;
    private HttpClient? _reader;

    private static CancellationToken Token => new CancellationTokenSource(TimeSpan.FromSeconds(120)).Token;

    private AlertmanagerProcess Alertmanager => _alertmanager ?? throw new InvalidOperationException("not started");

    private HttpClient Reader => _reader ?? throw new InvalidOperationException("not started");

    public async Task InitializeAsync()
    {
        await _bot.InitializeAsync();
        var token = await _bot.MintTokenAsync("alertmanager", ["alerts"], Token);
        _alertmanager = new AlertmanagerProcess(new Uri(_bot.BaseAddress, "api/v1/alerts/alertmanager"), token);
        await _alertmanager.InitializeAsync();
        _reader = await BotClients.ApiAsync(_bot, "rita", "reader", Token);
    }

    public async Task DisposeAsync()
    {
        _reader?.Dispose();
        if (_alertmanager is not null)
        {
            await _alertmanager.DisposeAsync();
        }

        await _bot.DisposeAsync();
    }

    private static JsonArray Alert(DateTimeOffset startsAt, DateTimeOffset? endsAt = null) =>
    [
        new JsonObject
        {
            ["labels"] = new JsonObject
            {
                ["alertname"] = "CheckoutHighMemory",
                ["severity"] = "critical",
                ["azure_resource_id"] = BotClients.CheckoutApi,
            },
            ["annotations"] = new JsonObject { ["summary"] = "Memory working set above 90% for 10 minutes" },
            ["startsAt"] = startsAt.ToString("O"),
            ["endsAt"] = endsAt?.ToString("O"),
            ["generatorURL"] = "http://prometheus.test/graph",
        },
    ];

    /// <summary>Polls the incidents API until <paramref name="condition"/> holds of the list, with a deadline.</summary>
    private async Task<JsonElement[]> WaitForIncidentsAsync(Func<JsonElement[], bool> condition, string what)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(60);
        var incidents = Array.Empty<JsonElement>();
        while (DateTimeOffset.UtcNow < deadline)
        {
            incidents = [.. (await Reader.GetFromJsonAsync<JsonElement>("/api/v1/incidents", Token)).EnumerateArray()];
            if (condition(incidents))
            {
                return incidents;
            }

            await Task.Delay(200, Token); // polling interval; the condition decides
        }

        throw new Xunit.Sdk.XunitException($"SreBot never had {what}; incidents: {JsonSerializer.Serialize(incidents)}\n{Alertmanager.Describe()}\n{_bot.Describe()}");
    }

    [Fact]
    public async Task AnAlertFromAlertmanager_BecomesOneInvestigatedIncident_StaysOneWhenRepeated_AndResolvesWhenItEnds()
    {
        var startsAt = DateTimeOffset.UtcNow.AddMinutes(-1);
        await Alertmanager.PostAlertsAsync(Alert(startsAt), Token);

        var investigated = await WaitForIncidentsAsync(
            list => list.Length == 1 && list[0].GetProperty("traceId").ValueKind == JsonValueKind.String, "one investigated incident");
        var incident = investigated[0];
        Assert.Equal(("open", BotClients.CheckoutApi), (incident.GetProperty("status").GetString(), incident.GetProperty("resource").GetString()));
        Assert.Contains("restart", incident.GetProperty("verdict").GetString(), StringComparison.OrdinalIgnoreCase);

        // Alertmanager repeats the notification (repeat_interval 2s) and the alert is posted again: still one incident.
        await Alertmanager.PostAlertsAsync(Alert(startsAt), Token);
        var repeated = await WaitForIncidentsAsync(
            list => list.Length == 1 && list[0].GetProperty("alerts")[0].GetProperty("count").GetInt32() >= 2, "the alert counted again in the same incident");
        Assert.Equal(incident.GetProperty("id").GetString(), repeated[0].GetProperty("id").GetString());
        Assert.Equal(incident.GetProperty("traceId").GetString(), repeated[0].GetProperty("traceId").GetString());

        await Alertmanager.PostAlertsAsync(Alert(startsAt, DateTimeOffset.UtcNow.AddSeconds(-5)), Token);
        var resolved = await WaitForIncidentsAsync(list => list.Length == 1 && list[0].GetProperty("status").GetString() == "resolved", "the incident resolved");
        Assert.Equal("resolved", resolved[0].GetProperty("alerts")[0].GetProperty("status").GetString());
    }
}
