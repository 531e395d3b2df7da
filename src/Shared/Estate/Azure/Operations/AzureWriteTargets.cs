using SreBot.Shared.Estate.Azure.Permissions;
using SreBot.Shared.Scope;

namespace SreBot.Shared.Estate.Azure.Operations;

/// <summary>
/// Which resources the write tools act on, checked before anything is sent (the <c>Validate*</c> half of the provider):
/// the types come from <see cref="AzureWriteActions"/>, the counts from <see cref="ScaleLimits"/>.
/// </summary>
internal static class AzureWriteTargets
{
    /// <exception cref="ArgumentException">The resource's type cannot be restarted.</exception>
    public static AzureWriteAction Restart(ResourceId resourceId) => Require(AzureWriteActions.RestartTool, resourceId, "restart");

    /// <exception cref="ArgumentException">The count is out of range, or the resource's type cannot be scaled.</exception>
    public static AzureWriteAction Scale(ResourceId resourceId, int instanceCount)
    {
        if (instanceCount is < ScaleLimits.MinInstanceCount or > ScaleLimits.MaxInstanceCount)
        {
            throw new ArgumentOutOfRangeException(
                nameof(instanceCount), instanceCount, $"The instance count must be between {ScaleLimits.MinInstanceCount} and {ScaleLimits.MaxInstanceCount}.");
        }

        return Require(AzureWriteActions.ScaleTool, resourceId, "scale");
    }

    private static AzureWriteAction Require(string tool, ResourceId resourceId, string verb)
        => AzureWriteActions.For(tool, resourceId.ResourceType)
           ?? throw new ArgumentException(
               $"'{resourceId.Name}' is a {resourceId.ResourceType ?? "resource group"}; SreBot can {verb} only {string.Join(", ", AzureWriteActions.TypesFor(tool))}.",
               nameof(resourceId));
}
