using Microsoft.Extensions.Options;
using SreBot.Shared.Estate.Sandbox.Catalog;
using SreBot.Shared.Scope;

namespace SreBot.Shared.Estate.Sandbox;

/// <summary>
/// Answers "may SreBot's identity write here?" from the estate's simulated role assignments (Contributor on the shop
/// resource groups, Reader on rg-finance-prod) and <see cref="SandboxOptions.DeniedWriteResourceGroups"/>.
/// </summary>
internal sealed class SandboxWritePermissions(SandboxResourceCatalog catalog, IOptions<SandboxOptions> options)
{
    /// <exception cref="ArgumentException">Not a resource group id.</exception>
    /// <exception cref="EstateResourceNotFoundException">No such resource group in the sandbox.</exception>
    public WritePermissionCheck Check(ResourceId resourceGroup)
    {
        var group = catalog.RequireGroup(resourceGroup);
        if (options.Value.DeniedWriteResourceGroups.Any(g => string.Equals(g, group.Name, StringComparison.OrdinalIgnoreCase)))
        {
            return new WritePermissionCheck(group.Id, false,
                $"Write access to {group.Name} is denied by sandbox configuration ({SandboxOptions.SectionName}:{nameof(SandboxOptions.DeniedWriteResourceGroups)}). (simulated)");
        }

        return group.GrantsWrite
            ? new WritePermissionCheck(group.Id, true,
                $"SreBot's managed identity holds the {group.SreBotRole} role on {group.Name}, which allows restart and scale. (simulated role assignment)")
            : new WritePermissionCheck(group.Id, false,
                $"SreBot's managed identity holds only the {group.SreBotRole} role on {group.Name}; restart and scale need Contributor. (simulated role assignment)");
    }
}
