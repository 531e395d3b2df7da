using SreBot.Shared.AgentAccess;
using SreBot.Shared.Identity;

namespace SreBot.Shared.Memories;

/// <summary>The asking user's memories (their private ones and the team's) that match the question, best first.</summary>
internal sealed class MemoryContextSource(IMemoryStore store) : IAgentContextSource
{
    public const int MaxMemories = 5;

    public string Name => "memories";

    public async Task<IReadOnlyList<string>> GetContextAsync(CallerIdentity caller, string question, CancellationToken cancellationToken)
    {
        var memories = await store.SearchVisibleAsync(caller.UserId, MemoryBook.SeesTeam(caller), question, MaxMemories, cancellationToken);
        return [.. memories.Select(m => $"[{m.Visibility}] {m.Text}")];
    }
}
