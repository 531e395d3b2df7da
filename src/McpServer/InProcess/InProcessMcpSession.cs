using ModelContextProtocol.Client;
using ModelContextProtocol.Server;
using SdkServer = ModelContextProtocol.Server.McpServer;

namespace SreBot.McpServer.InProcess;

/// <summary>A live in-memory MCP session for one user; dispose it when the turn is done.</summary>
public sealed class InProcessMcpSession(McpClient client, SdkServer server, UserBoundTransport transport, Task running, CancellationTokenSource stop) : IAsyncDisposable
{
    public McpClient Client { get; } = client;

    public async ValueTask DisposeAsync()
    {
        await Client.DisposeAsync();
        await stop.CancelAsync();
        try
        {
            await running;
        }
        catch (OperationCanceledException)
        {
            // The server loop ends by cancellation.
        }

        await server.DisposeAsync();
        await transport.DisposeAsync();
        stop.Dispose();
    }
}
