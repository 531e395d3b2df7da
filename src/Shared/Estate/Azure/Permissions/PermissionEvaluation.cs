namespace SreBot.Shared.Estate.Azure.Permissions;

/// <summary>The outcome of checking granted permissions against <see cref="AzureWriteActions"/>.</summary>
/// <param name="MissingAction">The first action not granted, in table order; null when everything is granted.</param>
/// <param name="NeededBy">The row that needs <paramref name="MissingAction"/>.</param>
public sealed record PermissionEvaluation(string? MissingAction, AzureWriteAction? NeededBy)
{
    public bool Allowed => MissingAction is null;
}
