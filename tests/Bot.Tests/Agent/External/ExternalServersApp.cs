using Azure.Core;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SreBot.Bot.Agent;
using SreBot.Bot.Agent.External;
using SreBot.Bot.Tests.Infrastructure;
using SreBot.Bot.Tests.Redaction;
using SreBot.Shared.Identity;

namespace SreBot.Bot.Tests.Agent.External;

/// <summary>The real host with one external MCP server configured, SreBot's Azure identity replaced by a known token.</summary>
public static class ExternalServersApp
{
    public const string ServerName = "everything";
    public const string Scope = "api://everything-test/.default";

    public static SreBotApp Create(
        Uri url,
        FixedTokenCredential credential,
        string[]? allowed = null,
        string[]? writes = null,
        RecordingLoggerProvider? logs = null,
        string name = ServerName)
    {
        var settings = new Dictionary<string, string?>
        {
            ["McpServers:0:Name"] = name,
            ["McpServers:0:Url"] = url.ToString(),
            ["McpServers:0:Auth"] = "AzureIdentity",
            ["McpServers:0:TokenScope"] = Scope,
            ["McpServers:0:Timeout"] = "00:00:20",
        };
        var i = 0;
        foreach (var tool in allowed ?? ["echo", "get-sum"])
        {
            settings[$"McpServers:0:AllowedTools:{i++}"] = tool;
        }

        i = 0;
        foreach (var tool in writes ?? [])
        {
            settings[$"McpServers:0:WriteTools:{i++}"] = tool;
        }

        return new SreBotApp(settings, services: services =>
        {
            services.AddSingleton<TokenCredential>(credential);
            if (logs is not null)
            {
                services.AddSingleton<ILoggerProvider>(logs);
            }
        });
    }

    public static CallerIdentity Caller(string user, params string[] roles) => new(user, roles.ToHashSet(StringComparer.Ordinal), "teams");

    public static async Task<IReadOnlyList<AIFunction>> ToolsFor(this SreBotApp app, CallerIdentity caller)
        => await app.Services.GetServices<IAgentToolSource>().OfType<ExternalMcpToolSource>().Single().GetToolsAsync(caller, TestContext.Token);
}
