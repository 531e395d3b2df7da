namespace SreBot.Shared.Estate.Azure.Permissions;

/// <summary>
/// The one table of what SreBot's write tools need from Azure RBAC, per resource type. The permission check evaluates it,
/// the operations use its types, and <c>docs/azure-srebot-operator-role.json</c> (the custom role in <c>docs/azure.md</c>) is
/// tested to grant exactly its actions.
/// </summary>
public static class AzureWriteActions
{
    public const string RestartTool = "resource_restart";

    public const string ScaleTool = "resource_scale";

    public const string SitesType = "Microsoft.Web/sites";
    public const string SlotsType = "Microsoft.Web/sites/slots";
    public const string PlansType = "Microsoft.Web/serverfarms";
    public const string VirtualMachinesType = "Microsoft.Compute/virtualMachines";
    public const string ScaleSetsType = "Microsoft.Compute/virtualMachineScaleSets";
    public const string ContainerAppsType = "Microsoft.App/containerApps";

    public static IReadOnlyList<AzureWriteAction> All { get; } =
    [
        new(RestartTool, SitesType, "restart web apps",
            ["Microsoft.Web/sites/read", "Microsoft.Web/sites/restart/action"], "Website Contributor"),
        new(RestartTool, SlotsType, "restart web app slots",
            ["Microsoft.Web/sites/slots/read", "Microsoft.Web/sites/slots/restart/action"], "Website Contributor"),
        new(RestartTool, VirtualMachinesType, "restart virtual machines",
            ["Microsoft.Compute/virtualMachines/read", "Microsoft.Compute/virtualMachines/restart/action"], "Virtual Machine Contributor"),
        new(RestartTool, ContainerAppsType, "restart the active revision of container apps",
            ["Microsoft.App/containerApps/read", "Microsoft.App/containerApps/revisions/read", "Microsoft.App/containerApps/revisions/restart/action"], "Container Apps Contributor"),
        new(ScaleTool, SitesType, "scale web apps (through their App Service plan)",
            ["Microsoft.Web/sites/read", "Microsoft.Web/serverfarms/read", "Microsoft.Web/serverfarms/write"], "Web Plan Contributor (with Reader on the sites)"),
        new(ScaleTool, PlansType, "scale App Service plans",
            ["Microsoft.Web/serverfarms/read", "Microsoft.Web/serverfarms/write"], "Web Plan Contributor"),
        new(ScaleTool, ScaleSetsType, "scale virtual machine scale sets",
            ["Microsoft.Compute/virtualMachineScaleSets/read", "Microsoft.Compute/virtualMachineScaleSets/write"], "Virtual Machine Contributor"),
        new(ScaleTool, ContainerAppsType, "scale container apps (min/max replicas)",
            ["Microsoft.App/containerApps/read", "Microsoft.App/containerApps/write"], "Container Apps Contributor"),
    ];

    /// <summary>Every distinct action in <see cref="All"/>, in table order: the custom role's <c>actions</c>.</summary>
    public static IReadOnlyList<string> DistinctActions { get; } = [.. All.SelectMany(a => a.Actions).Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <summary>The row for a tool on a resource type, or null when that tool does not act on that type.</summary>
    public static AzureWriteAction? For(string tool, string? resourceType)
        => All.FirstOrDefault(a => string.Equals(a.Tool, tool, StringComparison.Ordinal) && string.Equals(a.ResourceType, resourceType, StringComparison.OrdinalIgnoreCase));

    /// <summary>The resource types a tool acts on, for messages.</summary>
    public static IReadOnlyList<string> TypesFor(string tool) => [.. All.Where(a => a.Tool == tool).Select(a => a.ResourceType)];
}
