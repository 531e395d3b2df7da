using System.Text.Json;
using SreBot.EndToEnd.Tests.Harness;

namespace SreBot.EndToEnd.Tests.Mcp;

/// <summary>The MCP inspector's CLI, a real third-party client, against SreBot's /mcp with a reader's token.</summary>
[Collection(BotServerCollection.Name)]
public sealed class InspectorCliTests(McpServerFixture<BotProcess> fixture)
{
    private static readonly string[] ReadTools =
    [
        "resources_list",
        "resource_get",
        "resource_health_get",
        "metrics_query",
        "logs_search",
        "activity_log_list",
    ];

    [Fact]
    public async Task ToolsList_ShowsTheReadTools()
    {
        var result = await RunAsync("--method", "tools/list");

        Assert.True(result.Succeeded, Explain("tools/list failed.", result));
        var names = ToolNames(result);
        var missing = ReadTools.Except(names).ToList();
        Assert.True(missing.Count == 0, Explain($"Missing read tools: {string.Join(", ", missing)}.", result));
    }

    [Fact]
    public async Task ResourcesList_ForShopProd_IncludesCheckoutApi()
    {
        var result = await RunAsync("--method", "tools/call", "--tool-name", "resources_list", "--tool-arg", "resourceGroup=rg-shop-prod");

        Assert.True(result.Succeeded, Explain("tools/call resources_list failed (the inspector also checks structuredContent against the tool's outputSchema).", result));
        using var document = Parse(result);
        var isError = document.RootElement.TryGetProperty("isError", out var flag) && flag.ValueKind == JsonValueKind.True;
        Assert.False(isError, Explain("resources_list returned a tool error.", result));
        Assert.True(
            result.StandardOutput.Contains("app-checkout-api", StringComparison.Ordinal),
            Explain("resources_list for rg-shop-prod does not mention app-checkout-api.", result));
    }

    [Fact]
    public async Task ToolsList_Strict_ReportsNoSchemaPortabilityErrors()
    {
        var result = await RunAsync("--method", "tools/list", "--strict");

        // --strict exits 6 when any tool schema has an error-severity portability problem, listed on stderr
        // as "Error: tool ..." blocks among the warnings.
        Assert.True(
            result.Succeeded,
            Explain($"tools/list --strict reported tool-schema portability errors:\n{ErrorBlocks(result.CombinedOutput)}", result));

        // And it did list the tools (a CLI that silently did nothing would also exit 0).
        Assert.True(ReadTools.All(ToolNames(result).Contains), Explain("tools/list --strict did not list the read tools.", result));
    }

    private Task<ProcessResult> RunAsync(params string[] arguments) =>
        InspectorCli.RunAsync(fixture.Server.McpEndpoint, fixture.ReaderToken, arguments, CancellationToken.None);

    private List<string> ToolNames(ProcessResult result)
    {
        using var document = Parse(result);
        return document.RootElement.GetProperty("tools").EnumerateArray()
            .Select(tool => tool.GetProperty("name").GetString() ?? string.Empty)
            .ToList();
    }

    private JsonDocument Parse(ProcessResult result)
    {
        try
        {
            return JsonDocument.Parse(result.StandardOutput);
        }
        catch (JsonException e)
        {
            throw new Xunit.Sdk.XunitException(Explain($"The inspector did not print JSON: {e.Message}", result));
        }
    }

    private static string ErrorBlocks(string output)
    {
        var blocks = new List<string>();
        var lines = output.Split('\n').Select(line => line.StartsWith("[stderr] ", StringComparison.Ordinal) ? line[9..] : line).ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].StartsWith("Error:", StringComparison.Ordinal))
            {
                blocks.Add(string.Join('\n', lines.Skip(i).TakeWhile((line, n) => n == 0 || line.StartsWith("  ", StringComparison.Ordinal))));
            }
        }

        return blocks.Count > 0 ? string.Join("\n", blocks) : "(no \"Error:\" block found; see the output below)";
    }

    private string Explain(string what, ProcessResult result) =>
        $"{what}\n--- inspector ---\n{result.Description}\n--- server ---\n{fixture.Server.Describe()}";
}
