using SreBot.Shared.Scope;

namespace SreBot.Shared.Estate.Azure.Permissions;

/// <summary>The outcome of checking granted permissions against <see cref="AzureWriteActions"/>.</summary>
/// <param name="MissingAction">The first action not granted, in table order; null when everything is granted.</param>
/// <param name="NeededBy">The row that needs <paramref name="MissingAction"/>.</param>
public sealed record PermissionEvaluation(string? MissingAction, AzureWriteAction? NeededBy)
{
    public bool Allowed => MissingAction is null;

    /// <summary>The answer for the mode upgrade: on refusal it names the resource group, the missing action and what needs it.</summary>
    public WritePermissionCheck ToCheck(ResourceId resourceGroup)
        => Allowed
            ? new WritePermissionCheck(resourceGroup, true,
                $"SreBot's identity holds every action resource_restart and resource_scale need on {resourceGroup.Name} ({AzureWriteActions.DistinctActions.Count} actions checked).")
            : new WritePermissionCheck(resourceGroup, false,
                $"SreBot's identity lacks {MissingAction} on {resourceGroup.Name} (needed by {NeededBy!.Tool} to {NeededBy.Target}); assign the SreBot Operator role (docs/azure.md) or {NeededBy.BuiltInRole} on that group.");
}
