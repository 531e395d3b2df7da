using System.Text.Json.Nodes;
using SreBot.Shared.Privacy;

namespace SreBot.Shared.AgentAccess;

/// <summary>
/// Agent settings the user changed (the access mode, associated resource groups). Erasing keeps the settings and
/// replaces the user's id with <see cref="ErasedUser.Marker"/>; the audit log keeps who it was under the pseudonym.
/// </summary>
internal sealed class AgentChangePersonalData(IAgentStateStore agent) : IPersonalDataSource
{
    public string Category => "agentChanges";

    public async Task<JsonNode> ExportAsync(string userId, CancellationToken cancellationToken)
        => PersonalDataJson.From(await agent.ChangesByAsync(userId, cancellationToken));

    public Task<int> EraseAsync(string userId, CancellationToken cancellationToken)
        => agent.EraseActorAsync(userId, cancellationToken);
}
