using SreBot.Shared.Approvals;
using SreBot.Shared.Audit;
using SreBot.Shared.Estate;
using SreBot.Shared.Identity;
using SreBot.Shared.Policy;
using SreBot.Shared.Scope;

namespace SreBot.Shared.AgentAccess;

/// <summary>
/// Admin operations on the agent: mode and associated resource groups. Every caller (API, chat) comes through here,
/// every change and every refusal is audited, and the admin role is checked here whatever the caller checked.
/// </summary>
public sealed class AgentAdministration(IAgentStateStore store, IEstateProvider estate, ApprovalWorkflow approvals, IAuditLog audit, TimeProvider time)
{
    public Task<AgentState> GetStateAsync(CancellationToken cancellationToken) => store.GetStateAsync(cancellationToken);

    /// <summary>
    /// Upgrading to Privileged needs an admin, at least one associated resource group and a passing write-permission check
    /// on each. Downgrading to Reader always succeeds for an admin and cancels open approvals.
    /// </summary>
    public async Task<ModeChangeResult> ChangeModeAsync(CallerIdentity caller, AccessMode mode, CancellationToken cancellationToken)
    {
        var state = await store.GetStateAsync(cancellationToken);
        if (!caller.HasRole(Roles.Admin))
        {
            return await RefuseModeAsync(caller, mode, state, [], $"Only users with the '{Roles.Admin}' role can change the mode.", cancellationToken);
        }

        if (mode == AccessMode.Reader)
        {
            await store.SetModeAsync(AccessMode.Reader, caller.UserId, time.GetUtcNow(), cancellationToken);
            await audit.RecordAsync(AgentAuditEvents.Mode, caller.UserId, AuditDecisions.Allow, AuditOutcomes.Changed, "Reader", cancellationToken);
            var cancelled = await approvals.CancelOpenAsync(caller.UserId, "SreBot was switched to Reader mode.", cancellationToken);
            return new ModeChangeResult(true, $"Reader mode: write tools are refused from the next call. {cancelled} open approval(s) cancelled.", await store.GetStateAsync(cancellationToken), [], cancelled);
        }

        if (state.ResourceGroups.Count == 0)
        {
            return await RefuseModeAsync(caller, mode, state, [], "Privileged mode needs at least one associated resource group.", cancellationToken);
        }

        var checks = new List<WritePermissionCheck>();
        foreach (var group in state.ResourceGroups)
        {
            checks.Add(await CheckWritePermissionAsync(group, cancellationToken));
        }

        var failed = checks.Where(c => !c.Allowed).ToList();
        if (failed.Count > 0)
        {
            var reasons = string.Join("; ", failed.Select(c => $"{c.ResourceGroup.Name}: {c.Reason}"));
            return await RefuseModeAsync(caller, mode, state, checks, $"SreBot's identity lacks write permission, or it could not be checked: {reasons}.", cancellationToken);
        }

        await store.SetModeAsync(AccessMode.Privileged, caller.UserId, time.GetUtcNow(), cancellationToken);
        await audit.RecordAsync(AgentAuditEvents.Mode, caller.UserId, AuditDecisions.Allow, AuditOutcomes.Changed, "Privileged", cancellationToken);
        return new ModeChangeResult(true, "Privileged mode: operators may request changes; each runs only after a different approver approves it.", await store.GetStateAsync(cancellationToken), checks, 0);
    }

    public Task<ScopeChangeResult> AddResourceGroupAsync(CallerIdentity caller, ResourceId resourceGroup, CancellationToken cancellationToken)
        => ChangeScopeAsync(caller, resourceGroup, add: true, cancellationToken);

    public Task<ScopeChangeResult> RemoveResourceGroupAsync(CallerIdentity caller, ResourceId resourceGroup, CancellationToken cancellationToken)
        => ChangeScopeAsync(caller, resourceGroup, add: false, cancellationToken);

    private async Task<ScopeChangeResult> ChangeScopeAsync(CallerIdentity caller, ResourceId resourceGroup, bool add, CancellationToken cancellationToken)
    {
        var verb = add ? "add" : "remove";
        if (!caller.HasRole(Roles.Admin))
        {
            await audit.RecordAsync(AgentAuditEvents.Scope, caller.UserId, AuditDecisions.Deny, AuditOutcomes.Refused, $"{verb} {resourceGroup.Display}", cancellationToken);
            return new ScopeChangeResult(false, $"Only users with the '{Roles.Admin}' role can change the scope.", await store.GetStateAsync(cancellationToken));
        }

        var state = await store.GetStateAsync(cancellationToken);
        if (resourceGroup.Kind != ResourceIdKind.ResourceGroup)
        {
            return new ScopeChangeResult(false, "Only resource groups can be associated.", state);
        }

        // In Privileged mode a new group must pass the same write-permission check an upgrade runs on every group.
        if (add && state.Mode == AccessMode.Privileged && !state.ResourceGroups.Contains(resourceGroup)
            && await CheckWritePermissionAsync(resourceGroup, cancellationToken) is { Allowed: false } check)
        {
            await audit.RecordAsync(AgentAuditEvents.Scope, caller.UserId, AuditDecisions.Deny, AuditOutcomes.Refused, $"{verb} {resourceGroup.Display}: no write permission", cancellationToken);
            return new ScopeChangeResult(false, $"{resourceGroup.Name} was not associated: in Privileged mode every associated group must pass the write-permission check. {resourceGroup.Name}: {check.Reason}", state, PermissionRefused: true);
        }

        var changed = add
            ? await store.AddResourceGroupAsync(resourceGroup, caller.UserId, time.GetUtcNow(), cancellationToken)
            : await store.RemoveResourceGroupAsync(resourceGroup, cancellationToken);
        if (changed)
        {
            await audit.RecordAsync(AgentAuditEvents.Scope, caller.UserId, AuditDecisions.Allow, AuditOutcomes.Changed, $"{verb} {resourceGroup.Display}", cancellationToken);
        }

        var message = changed
            ? $"{resourceGroup.Name} {(add ? "is now associated" : "is no longer associated")}."
            : $"{resourceGroup.Name} {(add ? "was already associated" : "was not associated")}; nothing changed.";
        return new ScopeChangeResult(true, message, await store.GetStateAsync(cancellationToken));
    }

    // A group the estate does not know, or cannot check, fails the check with the reason: never an exception to the caller.
    private async Task<WritePermissionCheck> CheckWritePermissionAsync(ResourceId group, CancellationToken cancellationToken)
    {
        try
        {
            return await estate.CheckWritePermissionAsync(group, cancellationToken);
        }
        catch (Exception exception) when (exception is EstateResourceNotFoundException or ArgumentException)
        {
            return new WritePermissionCheck(group, false, $"the write permission could not be checked: {exception.Message}");
        }
    }

    private async Task<ModeChangeResult> RefuseModeAsync(CallerIdentity caller, AccessMode mode, AgentState state, IReadOnlyList<WritePermissionCheck> checks, string reason, CancellationToken cancellationToken)
    {
        await audit.RecordAsync(AgentAuditEvents.Mode, caller.UserId, AuditDecisions.Deny, AuditOutcomes.Refused, $"{mode}: {reason}", cancellationToken);
        return new ModeChangeResult(false, reason, state, checks, 0);
    }

}
