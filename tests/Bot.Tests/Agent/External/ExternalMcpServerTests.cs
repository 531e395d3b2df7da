using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using SreBot.Bot.Agent.External;
using SreBot.Bot.Tests.Infrastructure;
using SreBot.Bot.Tests.Redaction;
using SreBot.EndToEnd.Tests.Harness;
using SreBot.Shared.Audit;

namespace SreBot.Bot.Tests.Agent.External;

/// <summary>
/// SreBot's MCP client against a real external server (@modelcontextprotocol/server-everything, Streamable HTTP):
/// the allowlist, the one call path (policy, redaction, one audit record), SreBot's own token upstream, and failure.
/// </summary>
public sealed class ExternalMcpServerTests(EverythingServerFixture fixture) : IClassFixture<EverythingServerFixture>
{
    private const string AccountKeyCanary = "AccountKey=Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6MDEyMzQ1Njc4OQ==";
    private const string SasCanary = "https://acct.blob.core.windows.net/c/b?sv=2024-01-01&sig=AbCdEfGhIjKlMnOpQrStUvWxYz0123456789%2Bab%3D";

    private readonly FixedTokenCredential _credential = new("srebot-identity-token-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task OnlyAllowListedTools_AreOffered_WithTheirExternalSource()
    {
        using var app = ExternalServersApp.Create(fixture.Proxy.McpEndpoint, _credential);
        var offeredByServer = await ListDirectlyAsync();

        var tools = await app.ToolsFor(ExternalServersApp.Caller("rita", "reader"));

        Assert.Contains("get-env", offeredByServer); // the server has more: the allowlist is what keeps them out
        Assert.Equal(["everything__echo", "everything__get-sum"], tools.Select(t => t.Name).Order(StringComparer.Ordinal));
        var echo = tools.Single(t => t.Name == "everything__echo");
        Assert.Equal("external:everything/echo", echo.AdditionalProperties[ExternalMcpFunction.SourceProperty]);
        Assert.StartsWith("[From the external MCP server 'everything', not SreBot", echo.Description, StringComparison.Ordinal);
        Assert.Equal("object", echo.JsonSchema.GetProperty("type").GetString());
    }

    [Fact]
    public async Task NotListedTool_CannotBeCalled_EvenThroughAnApproval()
    {
        using var app = ExternalServersApp.Create(fixture.Proxy.McpEndpoint, _credential);
        var servers = app.Services.GetRequiredService<ExternalMcpServers>();

        var notListed = await servers.ResolveAsync("external:everything/get-env", TestContext.Token);
        var listed = await servers.ResolveAsync("external:everything/echo", TestContext.Token);
        var tools = await app.ToolsFor(ExternalServersApp.Caller("ada", "admin", "operator", "reader"));

        Assert.Null(notListed);
        Assert.NotNull(listed);
        Assert.DoesNotContain(tools, t => t.Name.Contains("get-env", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Echo_ReturnsItsText_AndWritesExactlyOneAuditRecord()
    {
        using var app = ExternalServersApp.Create(fixture.Proxy.McpEndpoint, _credential);
        var echo = (await app.ToolsFor(ExternalServersApp.Caller("rita", "reader"))).Single(t => t.Name == "everything__echo");

        var result = await InvokeAsync(echo, new() { ["message"] = "hello from srebot" });

        Assert.True(result.IsError != true, Text(result));
        Assert.Equal("Echo: hello from srebot", Text(result));
        var record = Assert.Single(await app.Audit.QueryAsync(new AuditQuery(EventType: AuditEventTypes.ToolCall), TestContext.Token));
        Assert.Equal("rita", record.UserId);
        Assert.Equal("external:everything/echo", record.Tool);
        Assert.Equal(AuditDecisions.Allow, record.Decision);
        Assert.Equal("success", record.Outcome);
        Assert.Equal(ArgumentsHash.Compute(new Dictionary<string, JsonElement> { ["message"] = JsonSerializer.SerializeToElement("hello from srebot") }), record.ArgumentsHash);
        Assert.False(string.IsNullOrEmpty(record.CorrelationId));
    }

    [Fact]
    public async Task SecretsInAnExternalResult_AreRedacted()
    {
        using var app = ExternalServersApp.Create(fixture.Proxy.McpEndpoint, _credential);
        var echo = (await app.ToolsFor(ExternalServersApp.Caller("rita", "reader"))).Single(t => t.Name == "everything__echo");

        var result = await InvokeAsync(echo, new() { ["message"] = $"conn: DefaultEndpointsProtocol=https;AccountName=acct;{AccountKeyCanary}; url: {SasCanary}" });

        var text = Text(result);
        Assert.StartsWith("Echo: conn:", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Zm9vYmFyYmF6cXV4", text, StringComparison.Ordinal);
        Assert.DoesNotContain("AbCdEfGhIjKlMnOp", text, StringComparison.Ordinal);
        Assert.Contains("[REDACTED:account-key]", text, StringComparison.Ordinal);
        Assert.Contains("[REDACTED:sas-signature]", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheExternalServer_ReceivesSreBotsOwnToken_NeverTheUsers()
    {
        using var app = ExternalServersApp.Create(fixture.Proxy.McpEndpoint, _credential);
        var userToken = app.Token("rita", "reader");
        var echo = (await app.ToolsFor(ExternalServersApp.Caller("rita", "reader"))).Single(t => t.Name == "everything__echo");

        await InvokeAsync(echo, new() { ["message"] = "who am I" });

        var received = fixture.Proxy.ReceivedAuthorization.Where(h => h.Contains(_credential.Token, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(received);
        Assert.All(received, h => Assert.Equal($"Bearer {_credential.Token}", h));
        Assert.DoesNotContain(fixture.Proxy.ReceivedAuthorization, h => h.Contains(userToken, StringComparison.Ordinal));
        Assert.All(_credential.RequestedScopes, s => Assert.Equal(ExternalServersApp.Scope, s));
        Assert.NotEmpty(_credential.RequestedScopes);
    }

    [Fact]
    public async Task WriteMarkedTool_InReaderMode_IsNotOffered_AndACallIsRefused()
    {
        using var app = ExternalServersApp.Create(fixture.Proxy.McpEndpoint, _credential, writes: ["echo"]);
        var olga = ExternalServersApp.Caller("olga", "operator", "reader");
        var connection = app.Services.GetRequiredService<ExternalMcpServers>().Connections.Single();
        var echoTool = (await connection.GetToolsAsync(TestContext.Token)).Tools.Single(t => t.ProtocolTool.Name == "echo");

        var offered = await app.ToolsFor(olga);
        // The function the model would have got before an admin switched back to Reader mode: the call path still refuses it.
        var result = await InvokeAsync(
            new ExternalMcpFunction(echoTool, connection, olga, app.Services.GetRequiredService<SreBot.McpServer.CallPath.ToolCallPath>()),
            new() { ["message"] = "write", ["reason"] = "test" });

        Assert.Equal(["everything__get-sum"], offered.Select(t => t.Name));
        Assert.False(echoTool.Descriptor.ReadOnly); // the server says readOnlyHint: true; the configuration wins
        Assert.True(result.IsError);
        Assert.Contains("Reader mode", Text(result), StringComparison.Ordinal);
        var record = Assert.Single(await app.Audit.QueryAsync(new AuditQuery(EventType: AuditEventTypes.ToolCall), TestContext.Token));
        Assert.Equal(("olga", "external:everything/echo", AuditDecisions.Deny, "refused"), (record.UserId, record.Tool, record.Decision, record.Outcome));
    }

    [Fact]
    public async Task UnreachableServer_OffersNoTools_AndTheLogSaysWhy()
    {
        var logs = new RecordingLoggerProvider();
        var nothingThere = new Uri($"http://127.0.0.1:{LoopbackPort.Next()}/mcp");
        using var app = ExternalServersApp.Create(nothingThere, _credential, logs: logs);

        var tools = await app.ToolsFor(ExternalServersApp.Caller("rita", "reader"));

        Assert.Empty(tools);
        Assert.Contains(logs.Lines, l => l.Contains("External MCP server everything is unavailable: it could not be reached", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, l => l.Contains(_credential.Token, StringComparison.Ordinal));
        var health = await app.CreateClient().GetAsync(new Uri("/healthz", UriKind.Relative), TestContext.Token);
        Assert.True(health.IsSuccessStatusCode);
    }

    private async Task<IReadOnlyList<string>> ListDirectlyAsync()
    {
        var transport = new HttpClientTransport(new HttpClientTransportOptions { Endpoint = fixture.Server.McpEndpoint, TransportMode = HttpTransportMode.StreamableHttp });
        await using var client = await McpClient.CreateAsync(transport, cancellationToken: TestContext.Token);
        return [.. (await client.ListToolsAsync(cancellationToken: TestContext.Token)).Select(t => t.Name)];
    }

    private static async Task<CallToolResult> InvokeAsync(AIFunction function, Dictionary<string, object?> arguments)
    {
        var value = await function.InvokeAsync(new AIFunctionArguments(arguments), TestContext.Token);
        return Assert.IsType<JsonElement>(value).Deserialize<CallToolResult>(McpJsonUtilities.DefaultOptions)!;
    }

    private static string Text(CallToolResult result) => string.Join('\n', result.Content.OfType<TextContentBlock>().Select(b => b.Text));
}
