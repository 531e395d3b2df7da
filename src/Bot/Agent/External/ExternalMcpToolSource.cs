using Microsoft.Extensions.AI;
using SreBot.McpServer.CallPath;
using SreBot.Shared.AgentAccess;
using SreBot.Shared.Identity;
using SreBot.Shared.Policy;

namespace SreBot.Bot.Agent.External;

/// <summary>
/// Offers the agent loop the allow-listed tools of the configured external MCP servers that policy lets this caller use
/// in the current mode (as <c>tools/list</c> does for ours). A server that cannot be reached contributes nothing; its
/// connection logs why.
/// </summary>
public sealed class ExternalMcpToolSource(ExternalMcpServers servers, IAgentStateStore agentState, ToolCallPath callPath) : IAgentToolSource
{
    public async Task<IReadOnlyList<AIFunction>> GetToolsAsync(CallerIdentity caller, CancellationToken cancellationToken)
    {
        var connections = servers.Connections.ToList();
        if (connections.Count == 0)
        {
            return [];
        }

        var scope = await agentState.GetScopeAsync(cancellationToken);
        var listings = await Task.WhenAll(connections.Select(async c => (Connection: c, Set: await c.GetToolsAsync(cancellationToken))));
        return
        [
            .. listings.SelectMany(l => l.Set.Tools
                .Where(tool => PolicyEngine.IsVisible(caller, tool.Descriptor, scope.Mode))
                .Select(tool => new ExternalMcpFunction(tool, l.Connection, caller, callPath))),
        ];
    }
}
