using SreBot.Shared.Identity;
using SreBot.Shared.Policy;
using SreBot.Shared.Scope;
using SreBot.Shared.Tests.Scope;

namespace SreBot.Shared.Tests.Policy;

/// <summary>Callers, tools and the Sandbox scope (rg-shop-prod and rg-shop-staging associated) for policy tests.</summary>
internal static class PolicyFixtures
{
    public static readonly ToolDescriptor ReadResource = new("resource_get", ReadOnly: true, TargetKind.Resource);
    public static readonly ToolDescriptor ReadGroup = new("resources_list", ReadOnly: true, TargetKind.ResourceGroup);
    public static readonly ToolDescriptor ReadNoTarget = new("approval_get", ReadOnly: true, TargetKind.None);
    public static readonly ToolDescriptor WriteResource = new("resource_restart", ReadOnly: false, TargetKind.Resource);

    /// <summary>A listing tool whose author forgot the read-only hint: it must be treated as a write.</summary>
    public static readonly ToolDescriptor UnhintedGroup = new("resources_export", ReadOnly: false, TargetKind.ResourceGroup);

    public static readonly ToolDescriptor WriteNoTarget = new("incident_note_add", ReadOnly: false, TargetKind.None);

    public static IReadOnlyList<ToolDescriptor> AllTools { get; } =
        [ReadResource, ReadGroup, ReadNoTarget, WriteResource, UnhintedGroup, WriteNoTarget];

    public static CallerIdentity Caller(params string[] roles)
        => new("user-1", new HashSet<string>(roles, StringComparer.Ordinal), "mcp-http");

    public static AgentScope SandboxScope(AccessMode mode, string defaultSubscription = SandboxIds.Subscription)
        => new(mode, [ResourceId.Parse(SandboxIds.ShopProd), ResourceId.Parse(SandboxIds.ShopStaging)], defaultSubscription);

    public static PolicyDecision Decide(CallerIdentity? caller, ToolDescriptor tool, ToolTarget target, AccessMode mode)
        => PolicyEngine.Decide(new PolicyRequest(caller, tool, target, SandboxScope(mode)));

    public static PolicyDecision Decide(CallerIdentity? caller, ToolDescriptor tool, string? target, AccessMode mode)
        => Decide(caller, tool, new ToolTarget(target), mode);
}
