using ModelContextProtocol.AspNetCore;
using SreBot.Bot.Auth;
using SreBot.McpServer;
using SreBot.McpServer.Identity;

namespace SreBot.Bot.Mcp;

/// <summary>Hosts the MCP server on <c>/mcp</c> (Streamable HTTP) behind bearer authentication.</summary>
public static class McpRegistration
{
    public const string Path = "/mcp";

    public static WebApplicationBuilder AddMcp(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ICallerIdentityResolver>(new ClaimsCallerIdentityResolver("mcp-http"));
        builder.Services
            .AddSreBotMcpServer()
            .WithHttpTransport(options =>
            {
                // Sessions for clients that initialize; the SDK binds each session to the user who created it
                // and answers 403 when a different user presents its id.
                options.SessionMode = HttpServerSessionMode.StatefulForInitializeClients;
            });
        return builder;
    }

    public static WebApplication MapMcp(this WebApplication app)
    {
        app.MapMcp(Path).RequireAuthorization(AuthPolicies.NotAlertSender);
        return app;
    }
}
