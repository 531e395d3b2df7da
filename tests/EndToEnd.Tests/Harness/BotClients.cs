using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ModelContextProtocol.Client;

namespace SreBot.EndToEnd.Tests.Harness;

/// <summary>Clients of a running <see cref="BotProcess"/>: the REST API and MCP as a given user, and what several tests ask through them.</summary>
public static class BotClients
{
    /// <summary>The Sandbox web app the approval tests restart.</summary>
    public const string CheckoutApi = "/subscriptions/11111111-1111-1111-1111-111111111111/resourceGroups/rg-shop-prod/providers/Microsoft.Web/sites/app-checkout-api";

    /// <summary>An HTTP client of the API with a token minted for <paramref name="user"/> in <paramref name="role"/>.</summary>
    public static async Task<HttpClient> ApiAsync(BotProcess bot, string user, string role, CancellationToken cancellationToken)
    {
        var client = new HttpClient { BaseAddress = bot.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await bot.MintTokenAsync(user, [role], cancellationToken));
        return client;
    }

    /// <summary>An MCP client of <c>/mcp</c> as <paramref name="user"/> in <paramref name="role"/>.</summary>
    public static async Task<McpClient> McpAsync(BotProcess bot, string user, string role, CancellationToken cancellationToken)
    {
        var http = await ApiAsync(bot, user, role, cancellationToken);
        var transport = new HttpClientTransport(new HttpClientTransportOptions { Endpoint = bot.McpEndpoint }, http, ownsHttpClient: true);
        return await McpClient.CreateAsync(transport, cancellationToken: cancellationToken);
    }

    /// <summary>Asks to restart <see cref="CheckoutApi"/> (Privileged mode): the id of the pending approval.</summary>
    public static async Task<string> RequestRestartAsync(McpClient client, CancellationToken cancellationToken)
    {
        var result = await client.CallToolAsync(
            "resource_restart",
            new Dictionary<string, object?> { ["resourceId"] = CheckoutApi, ["reason"] = "memory leak" },
            cancellationToken: cancellationToken);
        return result.StructuredContent?.GetProperty("approvalId").GetString()
               ?? throw new InvalidOperationException($"expected a pending approval: {JsonSerializer.Serialize(result)}");
    }

    /// <summary>Every audit record of one event type, in chain order, paging through <c>GET /api/v1/audit</c>.</summary>
    public static async Task<IReadOnlyList<JsonElement>> AuditRecordsAsync(HttpClient auditor, string eventType, CancellationToken cancellationToken)
    {
        var records = new List<JsonElement>();
        long? after = null;
        do
        {
            var page = await auditor.GetFromJsonAsync<JsonElement>(
                $"/api/v1/audit?eventType={Uri.EscapeDataString(eventType)}&limit=1000{(after is { } a ? $"&after={a}" : string.Empty)}", cancellationToken);
            records.AddRange(page.GetProperty("records").EnumerateArray());
            after = page.GetProperty("nextAfter") is { ValueKind: JsonValueKind.Number } next ? next.GetInt64() : null;
        }
        while (after is not null);

        return records;
    }

    /// <summary>The restarts of <see cref="CheckoutApi"/> SreBot made, as the estate's activity log lists them (the effect, not an answer).</summary>
    public static async Task<int> RestartsInActivityLogAsync(McpClient reader, CancellationToken cancellationToken)
    {
        var result = await reader.CallToolAsync(
            "activity_log_list",
            new Dictionary<string, object?> { ["resourceGroup"] = "rg-shop-prod", ["resourceName"] = "app-checkout-api", ["timespan"] = "PT1H" },
            cancellationToken: cancellationToken);
        var events = result.StructuredContent?.GetProperty("events")
                     ?? throw new InvalidOperationException($"no activity log: {JsonSerializer.Serialize(result)}");
        return events.EnumerateArray().Count(e =>
            e.GetProperty("caller").GetString() == "srebot-managed-identity"
            && e.GetProperty("operation").GetString()!.EndsWith("/restart/action", StringComparison.OrdinalIgnoreCase));
    }
}
