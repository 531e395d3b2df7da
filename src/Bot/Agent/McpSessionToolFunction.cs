using Microsoft.Extensions.AI;
using ModelContextProtocol.Client;
using SreBot.Bot.Conversations;

namespace SreBot.Bot.Agent;

/// <summary>
/// One tool of the caller's in-process MCP session as the model sees it (name, description and schema from the server),
/// called through the one call path with the turn's trace recorder. Returns the <see cref="ToolAnswer"/>.
/// </summary>
public sealed class McpSessionToolFunction(McpClientTool tool, McpClient session, AgentTurnState turn) : DelegatingAIFunction(tool)
{
    /// <summary>True unless the server marks the tool read-only: such a tool only ever runs after a human's approval.</summary>
    public bool NeedsApproval { get; } = tool.ProtocolTool.Annotations?.ReadOnlyHint != true;

    protected override async ValueTask<object?> InvokeCoreAsync(AIFunctionArguments arguments, CancellationToken cancellationToken)
    {
        var values = arguments.ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);
        return await ToolAnswer.CallAsync(session, Name, values, turn.Recorder, cancellationToken);
    }
}
