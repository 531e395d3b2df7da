namespace SreBot.Shared.Estate.Azure.Permissions;

/// <summary>
/// Decides from <c>Microsoft.Authorization/permissions</c> whether every action of every write tool is granted. As Azure
/// evaluates them, each entry grants its actions minus its own notActions, and an action is granted when any entry grants it.
/// </summary>
public static class PermissionEvaluator
{
    public static PermissionEvaluation Evaluate(IReadOnlyList<ArmPermission> permissions)
    {
        foreach (var row in AzureWriteActions.All)
        {
            foreach (var action in row.Actions)
            {
                if (!IsGranted(permissions, action))
                {
                    return new PermissionEvaluation(action, row);
                }
            }
        }

        return new PermissionEvaluation(null, null);
    }

    public static bool IsGranted(IReadOnlyList<ArmPermission> permissions, string action)
        => permissions.Any(p => p.Actions.Any(a => ActionPattern.Matches(a, action)) && !p.NotActions.Any(n => ActionPattern.Matches(n, action)));
}
