using System.Text.Json;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace SreBot.Bot.Tests.Infrastructure;

/// <summary>Small helpers for calling tools in tests.</summary>
public static class McpCalls
{
    public static Task<CallToolResult> CallAsync(this McpClient client, string tool, object arguments)
        => client.CallToolAsync(tool, JsonSerializer.SerializeToElement(arguments).EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value), cancellationToken: TestContext.Token).AsTask();

    public static string Text(this CallToolResult result)
        => string.Join('\n', result.Content.OfType<TextContentBlock>().Select(b => b.Text));

    /// <summary>Requests a restart of app-checkout-api as an operator and returns the approval id it got.</summary>
    public static async Task<string> RequestRestartAsync(this SreBotApp app, string operatorId = "olga")
    {
        await using var client = await app.McpClientFor(operatorId, "operator");
        var result = await client.CallAsync("resource_restart", new { resourceId = SandboxIds.CheckoutApi, reason = "memory leak" });
        if (result.IsError == true || result.StructuredContent?.GetProperty("status").GetString() != "pending_approval")
        {
            throw new InvalidOperationException($"expected pending_approval, got: {result.Text()}");
        }

        return result.StructuredContent.Value.GetProperty("approvalId").GetString()!;
    }
}
