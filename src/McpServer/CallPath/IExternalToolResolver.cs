using SreBot.Shared.Policy;

namespace SreBot.McpServer.CallPath;

/// <summary>
/// Tools that are not this server's own but run through <see cref="ToolCallPath"/> all the same (the allow-listed tools of
/// external MCP servers the bot's agent uses). <see cref="ApprovedActionRunner"/> asks for an approved action's tool here
/// when it is not one of ours.
/// </summary>
public interface IExternalToolResolver
{
    /// <returns>The tool, or null when the name is not one of this resolver's (or its server offers it no longer).</returns>
    Task<ExternalToolBinding?> ResolveAsync(string toolName, CancellationToken cancellationToken);
}
