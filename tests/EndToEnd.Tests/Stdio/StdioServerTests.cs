using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ModelContextProtocol.Client;
using SreBot.EndToEnd.Tests.Harness;

namespace SreBot.EndToEnd.Tests.Stdio;

/// <summary>
/// The stdio entry point as an IDE launches it: same tools and call path, acting as the configured local user,
/// and writing to the same audit log as the host when both use one data directory.
/// </summary>
public sealed class StdioServerTests
{
    [Fact]
    public async Task StdioServer_ActsAsTheConfiguredUser_AndSharesTheAuditLogWithTheHost()
    {
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var token = cancellation.Token;
        var dataDirectory = Directory.CreateTempSubdirectory("srebot-stdio-").FullName;
        try
        {
            var transport = new StdioClientTransport(new StdioClientTransportOptions
            {
                Command = ToolPaths.DotnetHost,
                Arguments = [ToolPaths.McpServerDll, $"--SreBot:DataDirectory={dataDirectory}", "--McpServer:Stdio:User=ide-user-7", "--McpServer:Stdio:Roles:0=reader"],
                WorkingDirectory = dataDirectory,
            });
            await using (var client = await McpClient.CreateAsync(transport, cancellationToken: token))
            {
                var tools = await client.ListToolsAsync(cancellationToken: token);
                var listed = await client.CallToolAsync("resources_list", new Dictionary<string, object?> { ["resourceGroup"] = "rg-shop-prod" }, cancellationToken: token);
                var refused = await client.CallToolAsync("resources_list", new Dictionary<string, object?> { ["resourceGroup"] = "rg-finance-prod" }, cancellationToken: token);

                Assert.Contains(tools, t => t.Name == "metrics_query");
                Assert.DoesNotContain(tools, t => t.Name == "resource_restart");
                Assert.Contains("app-checkout-api", listed.StructuredContent!.Value.GetRawText(), StringComparison.Ordinal);
                Assert.True(refused.IsError);
            }

            await using var host = new BotProcess(dataDirectory, null);
            await host.InitializeAsync();
            using var auditor = new HttpClient { BaseAddress = host.BaseAddress };
            auditor.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await host.MintTokenAsync("aud", ["auditor"], token));
            var page = await auditor.GetFromJsonAsync<JsonElement>("/api/v1/audit?user=ide-user-7&eventType=tool.call", token);

            var decisions = page.GetProperty("records").EnumerateArray().Select(r => r.GetProperty("decision").GetString()).Order().ToList();
            Assert.Equal(["allow", "deny"], decisions);
        }
        finally
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }
}
