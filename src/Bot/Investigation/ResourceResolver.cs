using SreBot.Bot.Conversations;
using ModelContextProtocol.Client;
using SreBot.McpServer.CallPath;
using SreBot.McpServer.Tools.Resources;
using SreBot.Shared.AgentAccess;

namespace SreBot.Bot.Investigation;

/// <summary>
/// Turns what a person typed ("app-checkout-api" or a full id) into a resource id, by listing the associated resource
/// groups through the user's own MCP session — so a name outside SreBot's scope is simply not found.
/// </summary>
public sealed class ResourceResolver(IAgentStateStore agentState)
{
    public Task<ResolvedResource> ResolveAsync(McpClient session, string nameOrId, CancellationToken cancellationToken)
        => ResolveAsync(session, nameOrId, null, cancellationToken);

    /// <summary>Resolves; the listing calls are recorded on <paramref name="recorder"/> when one is given.</summary>
    public async Task<ResolvedResource> ResolveAsync(McpClient session, string nameOrId, ToolCallRecorder? recorder, CancellationToken cancellationToken)
    {
        var scope = await agentState.GetScopeAsync(cancellationToken);
        if (nameOrId.StartsWith('/'))
        {
            return new ResolvedResource(nameOrId, nameOrId.Split('/')[^1], null);
        }

        foreach (var group in scope.ResourceGroups)
        {
            var answer = await ToolAnswer.CallAsync(
                session, ResourcesListTool.Name, new Dictionary<string, object?> { [ToolDescriptors.ResourceGroupParameter] = group.Display }, recorder, cancellationToken);
            if (!answer.Succeeded)
            {
                return new ResolvedResource(null, nameOrId, answer.Text);
            }

            var match = answer.ResultAs<ResourcesListResult>().Resources
                .FirstOrDefault(r => string.Equals(r.Name, nameOrId, StringComparison.OrdinalIgnoreCase));
            if (match is not null)
            {
                return new ResolvedResource(match.Id, match.Name, null);
            }
        }

        var groups = scope.ResourceGroups.Count == 0 ? "none" : string.Join(", ", scope.ResourceGroups.Select(g => g.Name));
        return new ResolvedResource(null, nameOrId, $"I can't find a resource with that name in the resource groups I'm associated with ({groups}).");
    }
}
