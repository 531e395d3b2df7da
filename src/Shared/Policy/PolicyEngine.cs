using SreBot.Shared.Identity;
using SreBot.Shared.Scope;

namespace SreBot.Shared.Policy;

/// <summary>
/// The single policy decision every caller uses: identity → role → mode → blocked operations → scope → approval.
/// Pure and deterministic: no I/O, so it runs before any provider call and is cheap to test exhaustively.
/// </summary>
public static class PolicyEngine
{
    public static PolicyDecision Decide(PolicyRequest request)
    {
        var (caller, tool, target, scope) = request;
        var refusal = CheckCaller(caller, tool, scope.Mode)
            ?? (BlockedOperations.Check(tool.Name, target.Value) is { } blocked ? PolicyDecision.Deny(DenialCode.BlockedOperation, blocked) : null);
        if (refusal is not null)
        {
            return refusal;
        }

        var scoped = CheckScope(tool, target, scope);
        if (scoped.IsDenied || tool.ReadOnly)
        {
            return scoped;
        }

        return new PolicyDecision(PolicyOutcome.RequireApproval, null, $"'{tool.Name}' needs approval by a different user with the '{Roles.Approver}' role.", scoped.Target);
    }

    /// <summary>Whether the caller may use the tool at all in this mode: what <c>tools/list</c> shows.</summary>
    public static bool IsVisible(CallerIdentity? caller, ToolDescriptor tool, AccessMode mode)
        => CheckCaller(caller, tool, mode) is null && BlockedOperations.Check(tool.Name, null) is null;

    // Identity, role and mode: everything that does not depend on the target.
    private static PolicyDecision? CheckCaller(CallerIdentity? caller, ToolDescriptor tool, AccessMode mode)
    {
        if (caller is null || string.IsNullOrWhiteSpace(caller.UserId))
        {
            return PolicyDecision.Deny(DenialCode.Unauthenticated, "The caller is not authenticated.");
        }

        if (tool.ReadOnly)
        {
            return caller.HasAnyRole(Roles.Investigators)
                ? null
                : PolicyDecision.Deny(DenialCode.MissingRole, $"'{tool.Name}' needs one of the roles {string.Join(", ", Roles.Investigators)}.");
        }

        if (!caller.HasRole(Roles.Operator))
        {
            return PolicyDecision.Deny(DenialCode.MissingRole, $"'{tool.Name}' changes the estate and needs the '{Roles.Operator}' role.");
        }

        if (mode != AccessMode.Privileged)
        {
            return PolicyDecision.Deny(DenialCode.ReaderMode, $"SreBot is in Reader mode; '{tool.Name}' changes the estate and is refused. An admin can switch to Privileged mode.");
        }

        return tool.Target == TargetKind.Resource
            ? null
            : PolicyDecision.Deny(DenialCode.WrongTargetKind, $"'{tool.Name}' changes the estate but names no resource, so its scope cannot be checked.");
    }

    private static PolicyDecision CheckScope(ToolDescriptor tool, ToolTarget target, AgentScope scope)
    {
        if (tool.Target == TargetKind.None)
        {
            return new PolicyDecision(PolicyOutcome.Allow, null, "Allowed.", null);
        }

        var raw = tool.Target == TargetKind.ResourceGroup
            ? ResourceGroupReference.ToIdText(target.Value, target.Subscription, scope.DefaultSubscription)
            : target.Value;
        if (!ResourceId.TryParse(raw, out var id, out var error))
        {
            return PolicyDecision.Deny(DenialCode.InvalidTarget, error);
        }

        var expected = tool.Target == TargetKind.Resource ? ResourceIdKind.Resource : ResourceIdKind.ResourceGroup;
        if (id.Kind != expected)
        {
            return PolicyDecision.Deny(DenialCode.WrongTargetKind, $"'{tool.Name}' needs a {Describe(expected)} id, not a {Describe(id.Kind)} id.", id);
        }

        if (!scope.Contains(id))
        {
            return PolicyDecision.Deny(DenialCode.OutOfScope, $"'{id.Display}' is outside the resource groups SreBot is associated with.", id);
        }

        return new PolicyDecision(PolicyOutcome.Allow, null, "Allowed.", id);
    }

    private static string Describe(ResourceIdKind kind) => kind switch
    {
        ResourceIdKind.Subscription => "subscription",
        ResourceIdKind.ResourceGroup => "resource group",
        _ => "resource",
    };
}
