using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using SreBot.Bot.Alerts;
using SreBot.Bot.Tests.Infrastructure;
using SreBot.Shared.Scheduling;
using SreBot.Shared.Traces;
using SreBot.Shared.WorkQueue;
using SreBot.Testing;

namespace SreBot.Bot.Tests.Alerts;

/// <summary>
/// The incident queue's delivery promise with real hosts on one PostgreSQL database: with two hosts processing, every
/// incident is investigated exactly once; an accepted alert survives its host's end (queued, or claimed by a process that
/// died) and is investigated by the next host.
/// </summary>
public sealed class IncidentQueueTests : IAsyncLifetime
{
    private readonly List<SreBotApp> _apps = [];
    private string _database = string.Empty;

    public async Task InitializeAsync() => _database = await TestPostgres.CreateDatabaseAsync(TestContext.Token);

    public async Task DisposeAsync()
    {
        foreach (var app in _apps)
        {
            await app.DisposeAsync();
        }

        await TestPostgres.DropDatabaseAsync(_database, CancellationToken.None);
    }

    private SreBotApp Host(TimeProvider? time = null, bool processes = true)
    {
        var app = new SreBotApp(
            new Dictionary<string, string?>
            {
                ["Storage:Database:Kind"] = "PostgreSQL",
                ["Storage:Database:ConnectionString"] = _database,
                ["Incidents:QueueIntervalSeconds"] = "1",
            },
            time,
            processes ? null : services => services.RemoveAll<IScheduledJob>()); // a host that dies before its jobs run
        _apps.Add(app);
        return app;
    }

    private static async Task<string> PostAsync(SreBotApp app, string fingerprint, string resourceId)
    {
        var response = await app.ClientFor("alertmanager", "alerts").PostAsJsonAsync("/api/v1/alerts/alertmanager",
            AlertPayloads.Alertmanager(AlertPayloads.AlertmanagerAlert(fingerprint, resourceId: resourceId)), TestContext.Token);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Token)).GetProperty("incidents")[0].GetString()!;
    }

    private static string Site(int i) => $"/subscriptions/{AlertPayloads.Subscription}/resourceGroups/rg-shop-prod/providers/Microsoft.Web/sites/app-{i:D2}";

    [Fact]
    public async Task TwoHostsOnOneDatabase_InvestigateEveryIncidentExactlyOnce()
    {
        var one = Host();
        var two = Host();
        var ids = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            ids.Add(await PostAsync(i % 2 == 0 ? one : two, $"fp-{i}", i == 0 ? AlertPayloads.CheckoutApi : Site(i)));
        }

        var reader = one.ClientFor("rita", "reader");
        var traces = one.Services.GetRequiredService<IInvestigationTraceStore>();
        foreach (var id in ids)
        {
            var incident = await IncidentPolling.WaitForAsync(reader, id, IncidentPolling.Investigated, "investigated");
            var trace = Assert.Single(await traces.ListForThreadAsync(incident.GetProperty("threadId").GetString()!, 10, TestContext.Token));
            Assert.Equal(incident.GetProperty("traceId").GetString(), trace.Id);
        }

        Assert.Equal(0, await one.Services.GetRequiredService<IWorkQueue>().CountAsync(IncidentInvestigation.QueueKind, TestContext.Token));
    }

    [Fact]
    public async Task AQueuedIncident_SurvivesItsHostsEnd_AndTheNextHostInvestigatesIt()
    {
        var first = Host(processes: false);
        var id = await PostAsync(first, "fp-1", AlertPayloads.CheckoutApi);
        Assert.Equal(1, await first.Services.GetRequiredService<IWorkQueue>().CountAsync(IncidentInvestigation.QueueKind, TestContext.Token));
        await first.DisposeAsync();

        var next = Host();
        var incident = await IncidentPolling.WaitForAsync(next.ClientFor("rita", "reader"), id, IncidentPolling.Investigated, "investigated");
        Assert.Equal("open", IncidentPolling.Status(incident));
    }

    [Fact]
    public async Task AnIncidentClaimedByAProcessThatDied_IsInvestigatedOnceItsClaimExpires()
    {
        var first = Host(processes: false);
        var id = await PostAsync(first, "fp-1", AlertPayloads.CheckoutApi);
        var queue = first.Services.GetRequiredService<IWorkQueue>();
        var now = DateTimeOffset.UtcNow;
        Assert.Single(await queue.ClaimAsync(IncidentInvestigation.QueueKind, "dead-replica", now, now.AddMinutes(5), 10, TestContext.Token));
        await first.DisposeAsync();

        var time = new FakeTimeProvider(now);
        var next = Host(time);
        var reader = next.ClientFor("rita", "reader");
        var before = await reader.GetFromJsonAsync<JsonElement>($"/api/v1/incidents/{id}", TestContext.Token);
        Assert.False(IncidentPolling.Investigated(before)); // still claimed by the dead process

        time.Advance(TimeSpan.FromMinutes(6)); // its claim has expired: the next look at the queue takes it
        var incident = await IncidentPolling.WaitForAsync(reader, id, IncidentPolling.Investigated, "investigated");
        Assert.Single(await next.Services.GetRequiredService<IInvestigationTraceStore>().ListForThreadAsync(
            incident.GetProperty("threadId").GetString()!, 10, TestContext.Token));
    }
}
