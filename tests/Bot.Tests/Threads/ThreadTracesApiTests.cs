using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SreBot.Bot.Tests.Infrastructure;
using SreBot.Shared.Conversations;

namespace SreBot.Bot.Tests.Threads;

/// <summary>Investigation traces recorded from chat and read back through <c>/api/v1/threads/{id}</c>.</summary>
public sealed class ThreadTracesApiTests : IAsyncLifetime, IDisposable
{
    // A web app's metrics in two queries: the gauges averaged, the counters totalled (Azure Monitor's supported aggregations).
    private static readonly string[] InvestigationTools = ["resource_get", "resource_health_get", "metrics_query", "metrics_query", "logs_search", "activity_log_list"];

    private readonly SreBotApp _app = new();
    private ConnectorRecorder _connector = null!;

    public async Task InitializeAsync() => _connector = await ConnectorRecorder.StartAsync(_app);

    [Fact]
    public async Task Investigate_LeavesATrace_TheParticipantReads_WithOrderedStepsDurationsAndFindings()
    {
        var threadId = await InvestigateAsync("app-checkout-api");

        var response = await _app.ClientFor("local:aad-olga", "reader").GetAsync($"/api/v1/threads/{threadId}/traces", TestContext.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Token);
        var trace = Assert.Single(body.EnumerateArray());
        Assert.Equal(threadId, trace.GetProperty("threadId").GetString());
        Assert.Equal("local:aad-olga", trace.GetProperty("requestedBy").GetString());
        Assert.Equal(SandboxIds.CheckoutApi, trace.GetProperty("resourceId").GetString(), StringComparer.OrdinalIgnoreCase);
        Assert.True(trace.GetProperty("finishedAt").GetDateTimeOffset() >= trace.GetProperty("startedAt").GetDateTimeOffset());

        var steps = trace.GetProperty("steps").EnumerateArray().ToList();
        var tools = steps.Select(s => s.GetProperty("tool").GetString()!).ToList();
        Assert.Equal("resources_list", tools[0]);
        Assert.Equal(InvestigationTools, tools.SkipWhile(t => t == "resources_list"));
        Assert.All(steps, s =>
        {
            Assert.True(s.GetProperty("succeeded").GetBoolean(), s.GetRawText());
            Assert.True(s.GetProperty("durationMs").GetDouble() >= 0, s.GetRawText());
            Assert.InRange(s.GetProperty("summary").GetString()!.Length, 1, 500);
        });
        Assert.True(steps.Sum(s => s.GetProperty("durationMs").GetDouble()) > 0);

        var metrics = steps.Where(s => s.GetProperty("tool").GetString() == "metrics_query").Select(s => s.GetProperty("arguments")).ToList();
        Assert.All(metrics, m => Assert.Equal("PT1H", m.GetProperty("timespan").GetString()));
        Assert.All(metrics, m => Assert.Equal(["aggregation", "metricNames", "resourceId", "timespan"], m.EnumerateObject().Select(p => p.Name)));
        Assert.Equal(["Average", "Total"], metrics.Select(m => m.GetProperty("aggregation").GetString()));
        Assert.Equal(["MemoryWorkingSet", "HttpResponseTime"], metrics[0].GetProperty("metricNames").EnumerateArray().Select(n => n.GetString()));

        var findings = trace.GetProperty("findings").EnumerateArray().Select(f => f.GetString()!).ToList();
        Assert.NotEmpty(findings);
        Assert.Contains(findings, f => f.Contains("memory", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("restart app-checkout-api", trace.GetProperty("conclusion").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Traces_AreNewestFirst()
    {
        var threadId = await InvestigateAsync("app-checkout-api");
        await InvestigateAsync("app-ledger-api");

        var traces = await _app.ClientFor("local:aad-olga", "reader").GetFromJsonAsync<JsonElement>($"/api/v1/threads/{threadId}/traces", TestContext.Token);

        Assert.Equal(2, traces.GetArrayLength());
        Assert.Equal(JsonValueKind.Null, traces[0].GetProperty("resourceId").ValueKind);
        Assert.Contains("can't find", traces[0].GetProperty("conclusion").GetString(), StringComparison.Ordinal);
        Assert.Equal(SandboxIds.CheckoutApi, traces[1].GetProperty("resourceId").GetString(), StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Participant_ReadsTheThread_WithItsMessages()
    {
        var threadId = await InvestigateAsync("app-checkout-api");

        var thread = await _app.ClientFor("local:aad-olga", "reader").GetFromJsonAsync<JsonElement>($"/api/v1/threads/{threadId}", TestContext.Token);

        Assert.Equal(threadId, thread.GetProperty("id").GetString());
        Assert.Equal(["local:aad-olga"], thread.GetProperty("participants").EnumerateArray().Select(p => p.GetString()));
        var messages = thread.GetProperty("messages").EnumerateArray().ToList();
        Assert.Equal("in", messages[0].GetProperty("direction").GetString());
        Assert.Equal("investigate app-checkout-api", messages[0].GetProperty("text").GetString());
        Assert.Contains(messages, m => m.GetProperty("direction").GetString() == "out");
    }

    [Theory]
    [InlineData("")]
    [InlineData("/traces")]
    public async Task AnotherUser_Gets404_AsIfTheThreadDidNotExist(string suffix)
    {
        var threadId = await InvestigateAsync("app-checkout-api");

        var response = await _app.ClientFor("aad-rita", "reader", "operator", "approver", "auditor").GetAsync($"/api/v1/threads/{threadId}{suffix}", TestContext.Token);
        var unknown = await _app.ClientFor("aad-rita", "reader").GetAsync($"/api/v1/threads/thr_000000000000000000000000{suffix}", TestContext.Token);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var hidden = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Token);
        var missing = await unknown.Content.ReadFromJsonAsync<JsonElement>(TestContext.Token);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(missing.GetProperty("title").GetString(), hidden.GetProperty("title").GetString());
        Assert.Equal(missing.GetProperty("detail").GetString(), hidden.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("/traces")]
    public async Task Admin_ReadsAnyThread(string suffix)
    {
        var threadId = await InvestigateAsync("app-checkout-api");

        var response = await _app.ClientFor("ada", "admin").GetAsync($"/api/v1/threads/{threadId}{suffix}", TestContext.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/traces")]
    public async Task UnknownId_Is404ProblemJson_EvenForAnAdmin(string suffix)
    {
        var response = await _app.ClientFor("ada", "admin").GetAsync($"/api/v1/threads/thr_does-not-exist{suffix}", TestContext.Token);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task NoToken_Gets401()
    {
        var response = await _app.CreateClient().GetAsync("/api/v1/threads/thr_000000000000000000000000/traces", TestContext.Token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    public void Dispose() => _app.Dispose();

    /// <summary>Runs <c>investigate</c> as aad-olga, waits for the answer card, and returns the conversation's thread id.</summary>
    private async Task<string> InvestigateAsync(string target)
    {
        var response = await _app.CreateClient().PostAsJsonAsync("/api/messages", ActivityBuilder.Message(_connector.ServiceUrl, $"investigate {target}"), TestContext.Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await _connector.NextAsync(a => a.Card is not null);
        return new ConversationReference("msteams", _connector.ServiceUrl, ActivityBuilder.ConversationId, "personal", "tenant-1").ThreadId;
    }
}
