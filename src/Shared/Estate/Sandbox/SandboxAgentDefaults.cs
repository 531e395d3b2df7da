using SreBot.Shared.AgentAccess;
using SreBot.Shared.Estate.Sandbox.Catalog;

namespace SreBot.Shared.Estate.Sandbox;

/// <summary>
/// The Sandbox's scope when the operator configured none: its subscription, and its shop groups (prod and staging).
/// Applied after binding, so a configured list is never added to: <c>Agent:ResourceGroups:0=rg-a</c> is exactly [rg-a].
/// </summary>
internal static class SandboxAgentDefaults
{
    public static void Apply(AgentOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Subscription))
        {
            options.Subscription = SandboxEstate.Subscription;
        }

        if (!options.ResourceGroups.Any(g => !string.IsNullOrWhiteSpace(g)))
        {
            options.ResourceGroups = [SandboxEstate.ShopProd, SandboxEstate.ShopStaging];
        }
    }
}
