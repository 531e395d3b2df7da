namespace SreBot.Shared.Estate.Sandbox.Catalog;

/// <summary>The ARM operations behind the sandbox's writes, as they appear in the activity log and in authorization errors.</summary>
internal static class SandboxOperationNames
{
    public const string ScalePlan = "Microsoft.Web/serverfarms/write";

    /// <summary>The restart action for a resource type, or null when the sandbox cannot restart that type.</summary>
    public static string? Restart(string resourceType) => resourceType switch
    {
        _ when Is(resourceType, SandboxEstate.SitesType) => "Microsoft.Web/sites/restart/action",
        _ when Is(resourceType, SandboxEstate.VirtualMachinesType) => "Microsoft.Compute/virtualMachines/restart/action",
        _ => null,
    };

    private static bool Is(string type, string expected) => string.Equals(type, expected, StringComparison.OrdinalIgnoreCase);
}
