using SreBot.Shared.Scope;

namespace SreBot.Shared.Estate.Sandbox.Catalog;

/// <summary>Looks up the sandbox estate's resource groups and resources. Ids compare through <see cref="ResourceId.Canonical"/>.</summary>
internal sealed class SandboxResourceCatalog
{
    private readonly Dictionary<string, SandboxResourceGroup> _groups;
    private readonly Dictionary<string, SandboxResourceDefinition> _resources;

    public SandboxResourceCatalog()
    {
        _groups = SandboxEstateLayout.ResourceGroups().ToDictionary(g => g.Id.Canonical, StringComparer.Ordinal);
        Resources = SandboxEstateLayout.Resources();
        _resources = Resources.ToDictionary(r => r.Id.Canonical, StringComparer.Ordinal);
    }

    public IReadOnlyList<SandboxResourceDefinition> Resources { get; }

    public IEnumerable<SandboxResourceGroup> ResourceGroups => _groups.Values;

    public SandboxResourceDefinition? Find(ResourceId id) => _resources.GetValueOrDefault(id.Canonical);

    /// <exception cref="EstateResourceNotFoundException">The estate has no such resource.</exception>
    public SandboxResourceDefinition Require(ResourceId id) => Find(id) ?? throw new EstateResourceNotFoundException(id);

    /// <exception cref="ArgumentException">The id is not a resource group id.</exception>
    /// <exception cref="EstateResourceNotFoundException">The estate has no such resource group.</exception>
    public SandboxResourceGroup RequireGroup(ResourceId id)
    {
        if (id.Kind != ResourceIdKind.ResourceGroup)
        {
            throw new ArgumentException($"'{id.Display}' is not a resource group id.", nameof(id));
        }

        return _groups.GetValueOrDefault(id.Canonical) ?? throw new EstateResourceNotFoundException(id);
    }

    public SandboxResourceDefinition? FindByName(string? name)
        => Resources.FirstOrDefault(r => string.Equals(r.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase));

    public SandboxResourceGroup? FindGroupByName(string name)
        => _groups.Values.FirstOrDefault(g => string.Equals(g.Name, name, StringComparison.OrdinalIgnoreCase));

    public IEnumerable<SandboxResourceDefinition> ResourcesIn(SandboxResourceGroup group)
        => Resources.Where(r => r.Id.IsWithin(group.Id));

    /// <summary>The web apps that run on an App Service plan.</summary>
    public IEnumerable<SandboxResourceDefinition> SitesOn(ResourceId plan)
        => Resources.Where(r => r.Profile is WebAppProfile site && site.Plan.Equals(plan));

    /// <summary>The resource whose instance count a scale operation changes: a web app's plan, or the plan itself.</summary>
    public SandboxResourceDefinition? ScaleUnitOf(SandboxResourceDefinition resource) => resource.Profile switch
    {
        WebAppProfile site => Require(site.Plan),
        AppServicePlanProfile => resource,
        _ => null,
    };
}
