using System.Text.Json.Nodes;
using SreBot.Shared.Privacy;

namespace SreBot.Shared.Identity;

/// <summary>
/// The user's local role assignments. Erasing removes them (a forgotten person keeps no SreBot role) and, where the
/// user assigned roles to others, replaces the user's id with <see cref="ErasedUser.Marker"/>.
/// </summary>
internal sealed class LocalRolePersonalData(ILocalRoleStore roles) : IPersonalDataSource
{
    public string Category => "roles";

    public async Task<JsonNode> ExportAsync(string userId, CancellationToken cancellationToken)
    {
        var assignments = await roles.AssignmentsAsync(userId, cancellationToken);
        return PersonalDataJson.From(assignments.Select(a => a with { AssignedBy = ErasedUser.AsSeenBy(a.AssignedBy, userId)! }));
    }

    public Task<int> EraseAsync(string userId, CancellationToken cancellationToken)
        => roles.EraseUserAsync(userId, cancellationToken);
}
