using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SreBot.Bot.Tests.Infrastructure;

namespace SreBot.Bot.Tests.Redaction;

/// <summary>
/// Secrets seeded into app-checkout-api's logs (Estate:Sandbox:ExtraLogLines) must not come out anywhere: not over MCP,
/// not in chat, not in the database or the audit API, not in what the host logs.
/// </summary>
public sealed class SecretCanaryTests : IAsyncLifetime, IDisposable
{
    private readonly SecretCanaries _canaries = new();
    private readonly RecordingLoggerProvider _logs = new();
    private readonly SreBotApp _app;
    private ConnectorRecorder _connector = null!;

    public SecretCanaryTests()
    {
        var settings = _canaries.Settings();
        settings["Logging:LogLevel:Default"] = "Trace";
        _app = new SreBotApp(settings, services: s => s.AddSingleton<ILoggerProvider>(_logs));
    }

    public async Task InitializeAsync() => _connector = await ConnectorRecorder.StartAsync(_app);

    [Fact]
    public async Task LogsSearch_OverMcp_ReturnsTheLines_WithEverySecretRedacted()
    {
        await using var client = await _app.McpClientFor("rita", "reader");

        var result = await client.CallAsync("logs_search", new { resourceId = SandboxIds.CheckoutApi, minimumLevel = "Error", timespan = "PT1H", top = 200 });

        Assert.NotEqual(true, result.IsError);
        var text = result.Text();
        var structured = result.StructuredContent!.Value;
        var decoded = JsonText.Strings(structured);
        foreach (var (marker, _) in _canaries.Lines)
        {
            Assert.Contains(marker, text, StringComparison.Ordinal);
            Assert.Contains(marker, decoded, StringComparison.Ordinal);
        }

        Assert.Contains("[REDACTED:", decoded, StringComparison.Ordinal);
        _canaries.AssertNoneIn(text, "the tool result text");
        _canaries.AssertNoneIn(structured.GetRawText(), "the structured content (raw)");
        _canaries.AssertNoneIn(string.Join('\n', Strings(structured)), "the structured content (decoded)");
    }

    [Fact]
    public async Task Investigate_InChat_ShowsTheLines_WithoutASecret()
    {
        await _app.CreateClient().PostAsJsonAsync("/api/messages", ActivityBuilder.Message(_connector.ServiceUrl, "investigate app-checkout-api"), TestContext.Token);

        var reply = await _connector.NextAsync(a => a.Card is not null);

        foreach (var (marker, _) in _canaries.Lines)
        {
            Assert.True(reply.AllText.Contains(marker, StringComparison.Ordinal), $"{marker} not in the card: {reply.Body.GetRawText()}");
        }

        foreach (var activity in _connector.All)
        {
            _canaries.AssertNoneIn(activity.Body.GetRawText(), $"reply {activity.Id} (raw)");
            _canaries.AssertNoneIn(string.Join('\n', Strings(activity.Body)), $"reply {activity.Id} (decoded)");
            _canaries.AssertNoneIn(activity.AllText, $"reply {activity.Id} (Markdown unescaped)");
        }
    }

    [Fact]
    public async Task AfterMcpAndChat_NoSecretIsInTheDatabase_TheAuditApi_OrTheHostLogs()
    {
        await using (var client = await _app.McpClientFor("rita", "reader"))
        {
            await client.CallAsync("logs_search", new { resourceId = SandboxIds.CheckoutApi, minimumLevel = "Error", timespan = "PT1H", text = "CanaryMark" });
        }

        await _app.CreateClient().PostAsJsonAsync("/api/messages", ActivityBuilder.Message(_connector.ServiceUrl, "investigate app-checkout-api"), TestContext.Token);
        await _connector.NextAsync(a => a.Card is not null);

        var audit = await _app.ClientFor("ada", "auditor").GetStringAsync("/api/v1/audit", TestContext.Token);
        Assert.Contains("logs_search", audit, StringComparison.Ordinal);
        _canaries.AssertNoneIn(audit, "the audit API");
        using (var parsed = JsonDocument.Parse(audit))
        {
            _canaries.AssertNoneIn(string.Join('\n', Strings(parsed.RootElement)), "the audit API (decoded)");
        }

        SqliteConnection.ClearAllPools();
        var files = Directory.EnumerateFiles(_app.DataDirectory, "*", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var bytes = await ReadSharedAsync(file);
            _canaries.AssertNoneIn(Encoding.UTF8.GetString(bytes), $"{Path.GetFileName(file)} (UTF-8)");
            _canaries.AssertNoneIn(Encoding.Unicode.GetString(bytes), $"{Path.GetFileName(file)} (UTF-16)");
        }

        var logged = string.Join('\n', _logs.Lines);
        Assert.NotEmpty(_logs.Lines);
        _canaries.AssertNoneIn(logged, "the host logs");
    }

    public Task DisposeAsync() => _connector.DisposeAsync().AsTask();

    public void Dispose() => _app.Dispose();

    private static async Task<byte[]> ReadSharedAsync(string path)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, TestContext.Token);
        return copy.ToArray();
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        _ => [],
    };
}
