namespace SreBot.EndToEnd.Tests.Harness;

/// <summary>
/// Runs the MCP inspector's command-line client (@modelcontextprotocol/inspector 2.x, under Node 22)
/// with a temporary HOME, since it keeps a catalog in ~/.mcp-inspector.
/// </summary>
public static class InspectorCli
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <param name="bearerToken">Sent as <c>Authorization: Bearer</c> when not null.</param>
    /// <param name="arguments">Everything after the URL and transport, e.g. <c>--method tools/list</c>.</param>
    public static async Task<ProcessResult> RunAsync(
        Uri mcpEndpoint, string? bearerToken, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var home = Directory.CreateTempSubdirectory("srebot-inspector-home-");
        try
        {
            List<string> all = [ToolPaths.InspectorCli, mcpEndpoint.ToString(), "--transport", "http"];
            if (bearerToken is not null)
            {
                all.AddRange(["--header", $"Authorization: Bearer {bearerToken}"]);
            }

            all.AddRange(arguments);
            return await ProcessRunner.RunAsync(
                ToolPaths.Node22,
                all,
                Timeout,
                new Dictionary<string, string?>
                {
                    ["HOME"] = home.FullName,
                    ["XDG_CONFIG_HOME"] = null,
                    ["XDG_DATA_HOME"] = null,
                    ["XDG_CACHE_HOME"] = null,
                    ["MCP_CATALOG_PATH"] = null,
                },
                cancellationToken: cancellationToken);
        }
        finally
        {
            home.Delete(recursive: true);
        }
    }
}
