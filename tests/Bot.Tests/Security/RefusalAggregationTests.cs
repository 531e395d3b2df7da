using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using SreBot.Bot.Security;
using SreBot.Bot.Tests.Infrastructure;
using SreBot.Shared.Audit;

namespace SreBot.Bot.Tests.Security;

/// <summary>
/// SECURITY.md, "Learnt from the first outside probe": repeated refusals (401/403/429) from one source are aggregated,
/// so a flood cannot grow the audit without bound, and no refusal goes uncounted.
/// </summary>
public sealed class RefusalAggregationTests : IDisposable
{
    private const string AggregatedEvent = "access.refusals_aggregated";

    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);
    private readonly SreBotApp _app;

    public RefusalAggregationTests() => _app = new SreBotApp(time: _time);

    [Fact]
    public async Task AnonymousFlood_Of20000Requests_GrowsTheAuditByAFewRecords_CountsEveryRefusal_AndTheChainVerifies()
    {
        const int flood = 20_000;
        var anonymous = _app.CreateClient();
        await Parallel.ForAsync(0, flood, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = TestContext.Token }, async (_, cancellationToken) =>
        {
            using var response = await anonymous.GetAsync("/api/v1/agent", cancellationToken);
            Assert.True(response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.TooManyRequests, $"got {response.StatusCode}");
        });

        var duringTheFlood = await RecordsAsync();
        _time.Advance(TimeSpan.FromMinutes(2));
        using (await anonymous.GetAsync("/api/v1/agent", TestContext.Token))
        {
            // The next refusal after the window closes the flood's windows.
        }

        var verify = await _app.ClientFor("audrey", "auditor").GetFromJsonAsync<JsonElement>("/api/v1/audit/verify", TestContext.Token);
        var records = await RecordsAsync();

        Assert.True(duringTheFlood.Count <= 20, $"the flood wrote {duringTheFlood.Count} records");
        Assert.True(records.Count <= 30, $"{records.Count} records in all");
        Assert.Equal(flood + 1, CountedRefusals(records));
        Assert.True(verify.GetProperty("ok").GetBoolean(), verify.ToString());
    }

    [Fact]
    public async Task RateLimitedUser_GetsOneRecordForTheFirst429_AndTheRestAreCountedUnderTheirUser()
    {
        using var app = new SreBotApp(new Dictionary<string, string?> { ["RateLimits:Burst"] = "2", ["RateLimits:PermitsPerSecond"] = "1" }, _time);
        var greedy = app.ClientFor("greedy", "reader");
        var limited = 0;
        for (var i = 0; i < 40; i++)
        {
            using var response = await greedy.GetAsync("/api/v1/agent", TestContext.Token);
            limited += response.StatusCode == HttpStatusCode.TooManyRequests ? 1 : 0;
        }

        await StopAggregatorAsync(app);
        var records = await app.Audit.QueryAsync(new AuditQuery(UserId: "greedy"), TestContext.Token);

        Assert.True(limited >= 30, $"only {limited} answers were 429");
        Assert.Single(records, r => r.Outcome == "status 429");
        var aggregated = Assert.Single(records, r => r.EventType == AggregatedEvent);
        Assert.Equal(limited - 1, Count(aggregated));
    }

    [Fact]
    public async Task OnShutdown_AnOpenWindow_IsWrittenWithItsCount()
    {
        var anonymous = _app.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            using var response = await anonymous.GetAsync("/api/v1/agent", TestContext.Token);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }

        var beforeShutdown = await RecordsAsync();
        await StopAggregatorAsync(_app);
        var records = await RecordsAsync();

        Assert.Single(beforeShutdown, r => r.EventType == AuditEventTypes.AuthFailure);
        Assert.DoesNotContain(beforeShutdown, r => r.EventType == AggregatedEvent);
        var aggregated = Assert.Single(records, r => r.EventType == AggregatedEvent);
        Assert.Equal(4, Count(aggregated));
        Assert.Equal((AuditDecisions.Deny, "aggregated"), (aggregated.Decision, aggregated.Outcome));
    }

    [Fact]
    public async Task PastTheTrackedSources_FurtherSourcesAreCountedTogether_WithoutARecordEach()
    {
        var refusals = new RefusalAggregator(_app.Audit, _time, NullLogger<RefusalAggregator>.Instance);
        var recorded = 0;
        for (var i = 0; i < RefusalAggregator.MaxSources + 500; i++)
        {
            recorded += await refusals.AdmitAsync(null, $"10.{i >> 16 & 255}.{i >> 8 & 255}.{i & 255}", 401, TestContext.Token) ? 1 : 0;
        }

        await refusals.StopAsync(TestContext.Token);
        var aggregated = await _app.Audit.QueryAsync(new AuditQuery(EventType: AggregatedEvent), TestContext.Token);

        Assert.Equal(RefusalAggregator.MaxSources, recorded);
        var overflow = Assert.Single(aggregated);
        Assert.Equal(500, Count(overflow));
        Assert.Contains("\"source\":\"overflow\"", overflow.Detail, StringComparison.Ordinal);
    }

    public void Dispose() => _app.Dispose();

    private static int Count(AuditRecord aggregated)
    {
        using var detail = JsonDocument.Parse(aggregated.Detail!);
        return detail.RootElement.GetProperty("count").GetInt32();
    }

    // A refusal is either a record of its own or counted in an aggregated record.
    private static int CountedRefusals(IEnumerable<AuditRecord> records)
        => records.Sum(r => r.EventType == AggregatedEvent ? Count(r)
            : r.EventType == AuditEventTypes.AuthFailure || r.Outcome == "status 429" ? 1
            : 0);

    // What the host does with the aggregator when it stops (the rest of the host keeps running, so the audit can be read).
    private static Task StopAggregatorAsync(SreBotApp app)
        => app.Services.GetServices<IHostedService>().OfType<RefusalAggregator>().Single().StopAsync(TestContext.Token);

    private async Task<List<AuditRecord>> RecordsAsync()
    {
        var records = new List<AuditRecord>();
        await foreach (var record in _app.Audit.ExportAsync(new AuditQuery(), TestContext.Token))
        {
            records.Add(record);
        }

        return records;
    }
}
