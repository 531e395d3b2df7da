using System.IO.Pipelines;
using System.Security.Claims;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using SdkServer = ModelContextProtocol.Server.McpServer;

namespace SreBot.McpServer.InProcess;

/// <summary>
/// Opens an MCP session with the co-hosted server for one user, in memory: the bot's own tool use goes through the
/// same server, tools, filters, policy, approvals and audit as an IDE's — there is no second path.
/// </summary>
public sealed class InProcessMcpSessions(
    IOptions<McpServerOptions> serverOptions,
    IServiceProvider services,
    ILoggerFactory loggerFactory)
{
    public async Task<InProcessMcpSession> OpenAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var clientToServer = new Pipe();
        var serverToClient = new Pipe();
        var transport = new UserBoundTransport(
            new StreamServerTransport(clientToServer.Reader.AsStream(), serverToClient.Writer.AsStream(), SreBotMcpServerRegistration.ServerName, loggerFactory),
            user);
        var server = SdkServer.Create(transport, serverOptions.Value, loggerFactory, services);

        var stop = new CancellationTokenSource();
        var running = server.RunAsync(stop.Token);
        try
        {
            var client = await McpClient.CreateAsync(
                new StreamClientTransport(clientToServer.Writer.AsStream(), serverToClient.Reader.AsStream(), loggerFactory),
                new McpClientOptions { ClientInfo = new Implementation { Name = "srebot-bot", Version = "1.0" } },
                loggerFactory,
                cancellationToken);
            return new InProcessMcpSession(client, server, transport, running, stop);
        }
        catch
        {
            await stop.CancelAsync();
            await server.DisposeAsync();
            await transport.DisposeAsync();
            stop.Dispose();
            throw;
        }
    }
}
