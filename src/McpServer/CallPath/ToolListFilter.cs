using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using SreBot.McpServer.Identity;
using SreBot.Shared.AgentAccess;
using SreBot.Shared.Policy;

namespace SreBot.McpServer.CallPath;

/// <summary>
/// <c>tools/list</c> shows a caller only the tools policy would let them call in the current mode,
/// so a reader (or anyone in Reader mode) never sees write tools. Calling them directly is still refused by <see cref="ToolCallPath"/>.
/// </summary>
public sealed class ToolListFilter(ICallerIdentityResolver identities, IAgentStateStore agentState)
{
    public async ValueTask<ListToolsResult> InvokeAsync(
        RequestContext<ListToolsRequestParams> context,
        McpRequestHandler<ListToolsRequestParams, ListToolsResult> next,
        CancellationToken cancellationToken)
    {
        var result = await next(context, cancellationToken);
        var caller = await identities.ResolveAsync(context.User, cancellationToken);
        var scope = await agentState.GetScopeAsync(cancellationToken);
        var own = context.Server.ServerOptions.ToolCollection;
        result.Tools = [.. result.Tools.Where(tool => PolicyEngine.IsVisible(caller, Describe(own, tool), scope.Mode))];
        return result;
    }

    private static ToolDescriptor Describe(McpServerPrimitiveCollection<McpServerTool>? own, Tool tool)
        => own is not null && own.TryGetPrimitive(tool.Name, out var registered) ? ToolDescriptors.From(registered) : ToolDescriptors.FromSchema(tool);
}
