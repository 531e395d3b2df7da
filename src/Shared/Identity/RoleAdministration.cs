using SreBot.Shared.AgentAccess;
using SreBot.Shared.Approvals;
using SreBot.Shared.Audit;

namespace SreBot.Shared.Identity;

/// <summary>
/// Admins assign local roles; every change and refusal is audited. A change of a user's roles cancels that user's open approval
/// requests (audited as <c>approval.cancelled</c>): each was asked for under the old roles, so the user must ask again.
/// </summary>
public sealed class RoleAdministration(ILocalRoleStore store, IAuditLog audit, ApprovalWorkflow approvals, TimeProvider time)
{
    public Task<IReadOnlyDictionary<string, IReadOnlySet<string>>> ListAsync(CancellationToken cancellationToken) => store.ListAsync(cancellationToken);

    /// <returns>Null on success, otherwise why the change was refused.</returns>
    public async Task<string?> SetRolesAsync(CallerIdentity caller, string userId, IReadOnlyCollection<string> roles, CancellationToken cancellationToken)
    {
        var unknown = roles.Where(r => !Roles.IsKnown(r)).ToList();
        var refusal = !caller.HasRole(Roles.Admin) ? $"Only users with the '{Roles.Admin}' role can assign roles."
            : unknown.Count > 0 ? $"Unknown role(s): {string.Join(", ", unknown)}. Roles are {string.Join(", ", Roles.All)}."
            : string.IsNullOrWhiteSpace(userId) || userId.Length > 128 ? "The user id must be 1 to 128 characters."
            : null;

        var detail = $"{string.Join(",", roles.Order(StringComparer.Ordinal))}";
        await audit.RecordAsync(
            AgentAuditEvents.Roles, caller.UserId, null, ArgumentsHash.Compute(userId), refusal is null ? AuditDecisions.Allow : AuditDecisions.Deny,
            refusal is null ? AuditOutcomes.Changed : AuditOutcomes.Refused, detail, cancellationToken);
        if (refusal is null)
        {
            var before = await store.GetRolesAsync(userId, cancellationToken);
            var after = roles.ToHashSet(StringComparer.Ordinal);
            await store.SetRolesAsync(userId, after, caller.UserId, time.GetUtcNow(), cancellationToken);
            if (!after.SetEquals(before))
            {
                await approvals.CancelOpenRequestedByAsync(userId, caller.UserId, "The requester's roles changed; ask again if the action is still needed.", cancellationToken);
            }
        }

        return refusal;
    }
}
