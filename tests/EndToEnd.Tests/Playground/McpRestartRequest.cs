using System.Net.Http.Headers;
using System.Text.Json;
using ModelContextProtocol.Client;
using SreBot.EndToEnd.Tests.Harness;

namespace SreBot.EndToEnd.Tests.Playground;

/// <summary>An operator outside Teams (an IDE's MCP client) asks for a restart: in Privileged mode that is a pending approval.</summary>
public static class McpRestartRequest
{
    public const string OperatorUser = "olga";

    public static async Task<string> SendAsync(BotProcess bot, string resourceId, string reason, CancellationToken cancellationToken)
    {
        var http = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = bot.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await bot.MintTokenAsync(OperatorUser, ["operator"], cancellationToken));
        var transport = new HttpClientTransport(new HttpClientTransportOptions { Endpoint = bot.McpEndpoint }, http, ownsHttpClient: true);
        await using var client = await McpClient.CreateAsync(transport, cancellationToken: cancellationToken);
        var result = await client.CallToolAsync(
            "resource_restart",
            new Dictionary<string, object?> { ["resourceId"] = resourceId, ["reason"] = reason },
            cancellationToken: cancellationToken);
        return result.StructuredContent?.GetProperty("approvalId").GetString()
               ?? throw new InvalidOperationException($"Expected a pending approval: {JsonSerializer.Serialize(result)}");
    }
}
