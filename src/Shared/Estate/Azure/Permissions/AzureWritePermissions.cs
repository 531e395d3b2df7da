using SreBot.Shared.Estate.Azure.Http;
using SreBot.Shared.Scope;

namespace SreBot.Shared.Estate.Azure.Permissions;

/// <summary>
/// The Privileged-mode check: SreBot's own permissions on the group (<c>Microsoft.Authorization/permissions</c>, every page),
/// evaluated against <see cref="AzureWriteActions"/> by <see cref="PermissionEvaluator"/>.
/// </summary>
internal sealed class AzureWritePermissions(AzureRestClients clients)
{
    private const int MaxEntries = 1_000;

    public async Task<WritePermissionCheck> CheckWritePermissionAsync(ResourceId resourceGroup, CancellationToken cancellationToken)
    {
        if (resourceGroup.Kind != ResourceIdKind.ResourceGroup)
        {
            throw new ArgumentException("The write-permission check is made on a resource group.", nameof(resourceGroup));
        }

        var entries = await clients.ResourceManager.GetAllPagesAsync(
            $"{resourceGroup.Display.TrimStart('/')}/providers/Microsoft.Authorization/permissions?api-version=2022-04-01",
            new AzureCall("Microsoft.Authorization/permissions/read", resourceGroup), MaxEntries, cancellationToken);
        var permissions = entries.Select(PermissionsResponseReader.Entry).ToList();
        return PermissionEvaluator.Evaluate(permissions).ToCheck(resourceGroup);
    }
}
