namespace SreBot.EndToEnd.Tests.Harness;

/// <summary>
/// The reference MCP server (@modelcontextprotocol/server-everything, Streamable HTTP, stateful) on loopback.
/// It checks no tokens; it exists to prove the harness and the client tools independently of SreBot.
/// </summary>
public sealed class EverythingServerProcess : IServerUnderTest
{
    private static readonly TimeSpan StartDeadline = TimeSpan.FromSeconds(60);

    private ChildProcess? server;
    private Uri? baseAddress;

    public Uri BaseAddress => baseAddress ?? throw new InvalidOperationException("The server is not started.");

    public Uri McpEndpoint => new(BaseAddress, "mcp");

    public async Task InitializeAsync()
    {
        // The port is free when chosen but not reserved: if something takes it first, try another.
        for (var attempt = 1; ; attempt++)
        {
            var port = LoopbackPort.Next();
            baseAddress = new Uri($"http://127.0.0.1:{port}/");
            server = ChildProcess.Start(
                ToolPaths.Node22,
                ["--require", ToolPaths.LoopbackOnlyPreload, ToolPaths.EverythingServer, "streamableHttp"],
                new Dictionary<string, string?> { ["PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            try
            {
                // Any HTTP answer from /mcp (it is 400 without a session) means it is listening.
                await ReadinessProbe.WaitAsync(server, McpEndpoint, _ => true, StartDeadline, CancellationToken.None);
                return;
            }
            catch (InvalidOperationException) when (attempt < 3 && server.CombinedOutput.Contains("already in use", StringComparison.OrdinalIgnoreCase))
            {
                await server.DisposeAsync();
            }
        }
    }

    public Task<string> MintTokenAsync(string user, IReadOnlyList<string> roles, CancellationToken cancellationToken) =>
        Task.FromResult($"not-checked.{user}.{string.Join('+', roles)}");

    public string Describe() => server?.Describe() ?? "(server not started)";

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }
}
