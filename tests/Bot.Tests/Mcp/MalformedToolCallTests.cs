using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SreBot.Bot.Tests.Infrastructure;
using SreBot.Bot.Tests.Redaction;
using SreBot.Shared.Audit;

namespace SreBot.Bot.Tests.Mcp;

/// <summary>
/// SECURITY.md, "Learnt from the first outside probe": a malformed <c>tools/call</c> (arguments not an object, a name
/// that is not a string or too long, text with a lone surrogate) is answered -32602 saying what is wrong, and leaves
/// exactly one bounded <c>tool.call</c> refused record.
/// </summary>
public sealed class MalformedToolCallTests : IDisposable
{
    private readonly SreBotApp _app = new();

    [Theory]
    [InlineData("""{"name":"resources_list","arguments":"not an object"}""", "arguments")]
    [InlineData("""{"name":"resources_list","arguments":[1,2,3]}""", "arguments")]
    [InlineData("""{"name":42,"arguments":{}}""", "name")]
    [InlineData("""{"name":"resources_list","arguments":{"resourceGroup":"rg-\ud800-x"}}""", "surrogate")]
    [InlineData("""{"name":"resources\udc00list","arguments":{}}""", "surrogate")]
    [InlineData("""{"arguments":{}}""", "name")]
    public async Task MalformedToolCall_Gets32602_WithWhatIsWrong_AndOneRefusedRecord(string parameters, string complaint)
    {
        var session = await McpSession.StartAsync(_app.ClientFor("rita", "reader"));

        var error = await session.CallAsync("tools/call", parameters);

        Assert.Equal(-32602, error.GetProperty("code").GetInt32());
        Assert.Contains(complaint, error.GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
        var record = Assert.Single(await _app.Audit.QueryAsync(new AuditQuery(EventType: AuditEventTypes.ToolCall), TestContext.Token));
        Assert.Equal((AuditDecisions.Deny, "refused", "rita"), (record.Decision, record.Outcome, record.UserId));
        Assert.StartsWith("InvalidParams", record.Detail, StringComparison.Ordinal);
        Assert.True((await _app.Audit.VerifyAsync(TestContext.Token)).Ok);
    }

    [Fact]
    public async Task OverlongToolName_IsRefused_AndRecordedByLengthAndHash()
    {
        var session = await McpSession.StartAsync(_app.ClientFor("rita", "reader"));
        var name = new string('x', 900_000);

        var error = await session.CallAsync("tools/call", "{\"name\":\"" + name + "\",\"arguments\":{}}");

        Assert.Equal(-32602, error.GetProperty("code").GetInt32());
        Assert.Contains("name", error.GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.True(error.GetProperty("message").GetString()!.Length < 500, "the answer does not echo the name");
        var record = Assert.Single(await _app.Audit.QueryAsync(new AuditQuery(EventType: AuditEventTypes.ToolCall), TestContext.Token));
        Assert.Matches("^len=900000 sha256=[0-9a-f]{16}$", record.Tool);
        Assert.True(new FileInfo(Path.Combine(_app.DataDirectory, "srebot.db-wal")).Length < 2_000_000, "the name is not stored");
    }

    [Fact]
    public async Task OverlongToolName_IsNotWrittenToTheLogs()
    {
        var logs = new RecordingLoggerProvider();
        using var app = new SreBotApp(services: services => services.AddSingleton<ILoggerProvider>(logs));
        var session = await McpSession.StartAsync(app.ClientFor("rita", "reader"));
        var name = new string('z', 900_000);

        await session.CallAsync("tools/call", "{\"name\":\"" + name + "\",\"arguments\":{}}");

        var longest = logs.Lines.Where(line => !line.StartsWith("Trace", StringComparison.Ordinal) && !line.StartsWith("Debug", StringComparison.Ordinal)).Max(line => line.Length);
        Assert.True(longest < 20_000, $"a log line of {longest} characters");
        Assert.DoesNotContain(logs.Lines, line => line.Contains(new string('z', 1_000), StringComparison.Ordinal));
    }

    public void Dispose() => _app.Dispose();

    /// <summary>A raw streamable-HTTP MCP session, for requests a well-behaved client would never send.</summary>
    private sealed class McpSession(HttpClient client, string sessionId)
    {
        private int _id = 1;

        public static async Task<McpSession> StartAsync(HttpClient client)
        {
            var initialize = Request("""{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-11-25","capabilities":{},"clientInfo":{"name":"test","version":"1"}}}""", null);
            var response = await client.SendAsync(initialize, TestContext.Token);
            response.EnsureSuccessStatusCode();
            var session = new McpSession(client, response.Headers.GetValues("Mcp-Session-Id").Single());
            (await client.SendAsync(Request("""{"jsonrpc":"2.0","method":"notifications/initialized"}""", session.SessionId), TestContext.Token)).EnsureSuccessStatusCode();
            return session;
        }

        public string SessionId { get; } = sessionId;

        /// <summary>Sends a request with raw params text and returns its JSON-RPC <c>error</c> object.</summary>
        public async Task<JsonElement> CallAsync(string method, string parameters)
        {
            var id = Interlocked.Increment(ref _id);
            var response = await client.SendAsync(Request($$$"""{"jsonrpc":"2.0","id":{{{id}}},"method":"{{{method}}}","params":{{{parameters}}}}""", SessionId), TestContext.Token);
            var body = await response.Content.ReadAsStringAsync(TestContext.Token);
            var json = body.Split('\n').Where(line => line.StartsWith("data:", StringComparison.Ordinal)).Select(line => line[5..].Trim()).LastOrDefault() ?? body;
            using var document = JsonDocument.Parse(json);
            Assert.True(document.RootElement.TryGetProperty("error", out var error), $"expected an error, got: {json}");
            return error.Clone();
        }

        private static HttpRequestMessage Request(string body, string? sessionId)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/mcp") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            request.Headers.Accept.ParseAdd("application/json, text/event-stream");
            if (sessionId is not null)
            {
                request.Headers.Add("Mcp-Session-Id", sessionId);
                request.Headers.Add("MCP-Protocol-Version", "2025-11-25");
            }

            return request;
        }
    }
}
