using Microsoft.Extensions.AI;
using SreBot.Shared.Identity;

namespace SreBot.Bot.Agent;

/// <summary>
/// Tools the agent loop offers the model for one turn of one user, beyond the co-hosted MCP server's own (for example
/// the allow-listed tools of external MCP servers). Every function returned must already carry its policy and audit.
/// </summary>
public interface IAgentToolSource
{
    Task<IReadOnlyList<AIFunction>> GetToolsAsync(CallerIdentity caller, CancellationToken cancellationToken);
}
