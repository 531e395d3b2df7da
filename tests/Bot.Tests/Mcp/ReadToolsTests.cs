using System.Text.Json;
using ModelContextProtocol.Client;
using SreBot.Bot.Tests.Infrastructure;
using SreBot.Shared.Audit;

namespace SreBot.Bot.Tests.Mcp;

/// <summary>A reader drives every read tool through a real MCP client against the in-memory host.</summary>
public sealed class ReadToolsTests : IDisposable
{
    private static readonly string[] ReadTools = ["resources_list", "resource_get", "resource_health_get", "metrics_query", "logs_search", "activity_log_list", "approval_get", "knowledge_search"];

    private readonly SreBotApp _app = new();

    [Fact]
    public async Task ToolsList_InReaderMode_ShowsOnlyTheReadTools_WithEveryHint()
    {
        await using var client = await _app.McpClientFor("rita", "reader");

        var tools = await client.ListToolsAsync(cancellationToken: TestContext.Token);

        Assert.Equal(ReadTools.Order(), tools.Select(t => t.Name).Order());
        Assert.All(tools, tool =>
        {
            var hints = tool.ProtocolTool.Annotations!;
            Assert.True(hints.ReadOnlyHint);
            Assert.False(hints.DestructiveHint);
            Assert.True(hints.IdempotentHint);
            Assert.False(hints.OpenWorldHint);
        });
    }

    [Fact]
    public async Task ResourcesList_ForShopProd_IncludesCheckoutApi_AndSaysItIsSimulated()
    {
        await using var client = await _app.McpClientFor("rita", "reader");

        var result = await Call(client, "resources_list", new() { ["resourceGroup"] = "rg-shop-prod" });

        var names = result.GetProperty("resources").EnumerateArray().Select(r => r.GetProperty("name").GetString()).ToList();
        Assert.Contains("app-checkout-api", names);
        Assert.True(result.GetProperty("source").GetProperty("simulated").GetBoolean());
    }

    [Fact]
    public async Task EveryReadTool_AnswersForCheckoutApi()
    {
        await using var client = await _app.McpClientFor("rita", "reader");

        var resource = await Call(client, "resource_get", new() { ["resourceId"] = SandboxIds.CheckoutApi });
        var health = await Call(client, "resource_health_get", new() { ["resourceId"] = SandboxIds.CheckoutApi });
        var activity = await Call(client, "activity_log_list", new() { ["resourceGroup"] = "rg-shop-prod", ["resourceName"] = "app-checkout-api" });

        Assert.Equal("app-checkout-api", resource.GetProperty("resource").GetProperty("name").GetString());
        Assert.False(string.IsNullOrEmpty(health.GetProperty("availabilityState").GetString()));
        Assert.True(activity.GetProperty("events").GetArrayLength() > 0);
    }

    [Fact]
    public async Task MetricsQuery_ShowsMemoryClimbing_OnCheckoutApi()
    {
        await using var client = await _app.McpClientFor("rita", "reader");

        var result = await Call(client, "metrics_query", new() { ["resourceId"] = SandboxIds.CheckoutApi, ["metricNames"] = new[] { "MemoryWorkingSet" } });

        var statistics = result.GetProperty("metrics")[0].GetProperty("statistics");
        Assert.True(statistics.GetProperty("last").GetDouble() > statistics.GetProperty("first").GetDouble() * 1.3, $"memory should climb: {statistics}");
    }

    [Fact]
    public async Task LogsSearch_FindsOutOfMemoryException_OnCheckoutApi()
    {
        await using var client = await _app.McpClientFor("rita", "reader");

        var result = await Call(client, "logs_search", new() { ["resourceId"] = SandboxIds.CheckoutApi, ["minimumLevel"] = "Error" });

        Assert.Contains(result.GetProperty("entries").EnumerateArray(), e => e.GetProperty("message").GetString()!.Contains("OutOfMemoryException", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ResourceGet_OutOfScope_IsRefused_BeforeTheProviderIsCalled()
    {
        await using var client = await _app.McpClientFor("rita", "reader");
        var readsBefore = _app.Estate.Reads;

        var result = await client.CallToolAsync("resource_get", new Dictionary<string, object?> { ["resourceId"] = SandboxIds.LedgerApi }, cancellationToken: TestContext.Token);

        Assert.True(result.IsError);
        Assert.Contains("outside the resource groups", Text(result), StringComparison.Ordinal);
        Assert.Equal(readsBefore, _app.Estate.Reads);
    }

    [Theory]
    [InlineData("resource_get", "resourceId", SandboxIds.CheckoutApi)]
    [InlineData("resource_get", "resourceId", SandboxIds.LedgerApi)]
    [InlineData("resources_list", "resourceGroup", "rg-finance-prod")]
    public async Task EachToolCall_HasExactlyOneAuditRecord_WithUserToolAndDecision(string tool, string parameter, string value)
    {
        var user = $"user-{Guid.NewGuid():N}";
        await using var client = await _app.McpClientFor(user, "reader");

        await client.CallToolAsync(tool, new Dictionary<string, object?> { [parameter] = value }, cancellationToken: TestContext.Token);

        var records = await _app.Audit.QueryAsync(new AuditQuery(UserId: user, EventType: AuditEventTypes.ToolCall), TestContext.Token);
        var record = Assert.Single(records);
        Assert.Equal(tool, record.Tool);
        Assert.Equal(value.Contains("finance", StringComparison.Ordinal) ? AuditDecisions.Deny : AuditDecisions.Allow, record.Decision);
        Assert.False(string.IsNullOrEmpty(record.ArgumentsHash));
        Assert.False(string.IsNullOrEmpty(record.CorrelationId));
        Assert.True((await _app.Audit.VerifyAsync(TestContext.Token)).Ok);
    }

    [Fact]
    public async Task Auditor_SeesNoTools_AndCannotCallThem()
    {
        await using var client = await _app.McpClientFor("audrey", "auditor");

        var tools = await client.ListToolsAsync(cancellationToken: TestContext.Token);
        var result = await client.CallToolAsync("resources_list", new Dictionary<string, object?> { ["resourceGroup"] = "rg-shop-prod" }, cancellationToken: TestContext.Token);

        Assert.Empty(tools);
        Assert.True(result.IsError);
    }

    public void Dispose() => _app.Dispose();

    private static async Task<JsonElement> Call(McpClient client, string tool, Dictionary<string, object?> arguments)
    {
        var result = await client.CallToolAsync(tool, arguments, cancellationToken: TestContext.Token);
        Assert.True(result.IsError != true, Text(result));
        return result.StructuredContent!.Value;
    }

    private static string Text(ModelContextProtocol.Protocol.CallToolResult result)
        => string.Join('\n', result.Content.OfType<ModelContextProtocol.Protocol.TextContentBlock>().Select(b => b.Text));
}
