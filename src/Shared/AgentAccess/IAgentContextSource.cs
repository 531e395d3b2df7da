using SreBot.Shared.Identity;

namespace SreBot.Shared.AgentAccess;

/// <summary>
/// Background the agent loop offers the model for one question of one user (for example that user's relevant memories).
/// It reaches the model marked as data, never as instructions, and only ever for <paramref name="caller"/>.
/// </summary>
public interface IAgentContextSource
{
    /// <summary>A short name for the block in the prompt, e.g. <c>memories</c>.</summary>
    string Name { get; }

    /// <summary>Relevant lines for this caller and question; empty when there is nothing relevant.</summary>
    Task<IReadOnlyList<string>> GetContextAsync(CallerIdentity caller, string question, CancellationToken cancellationToken);
}
