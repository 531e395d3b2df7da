using System.Collections.Concurrent;
using System.ComponentModel;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Server;

namespace SreBot.Bot.Tests.Agent.External;

/// <summary>
/// An external MCP server with a write tool (<c>app_restart(resourceId)</c>, no reason parameter), built with the
/// MCP SDK's own server on loopback: server-everything has no tool that names an Azure resource.
/// </summary>
public sealed class LoopbackWriteServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<IReadOnlyDictionary<string, object?>> _calls = new();
    private WebApplication? _app;

    public Uri McpEndpoint { get; private set; } = null!;

    /// <summary>The arguments of every <c>app_restart</c> call the server received.</summary>
    public IReadOnlyCollection<IReadOnlyDictionary<string, object?>> Calls => _calls;

    public static async Task<LoopbackWriteServer> StartAsync()
    {
        var server = new LoopbackWriteServer();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Services.AddMcpServer().WithHttpTransport().WithTools(
        [
            McpServerTool.Create(
                ([Description("The app's resource id")] string resourceId, RequestContext<ModelContextProtocol.Protocol.CallToolRequestParams> context) =>
                {
                    server._calls.Enqueue(context.Params!.Arguments!.ToDictionary(p => p.Key, p => (object?)p.Value.ToString()));
                    return $"restarted {resourceId}";
                },
                new McpServerToolCreateOptions { Name = "app_restart", Description = "Restarts an app.", ReadOnly = false, Destructive = true, Idempotent = false, OpenWorld = false }),
        ]);
        server._app = builder.Build();
        server._app.MapMcp("/mcp");
        await server._app.StartAsync();
        var address = server._app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        server.McpEndpoint = new Uri(address.TrimEnd('/') + "/mcp");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
