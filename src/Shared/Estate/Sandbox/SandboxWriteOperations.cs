using SreBot.Shared.Estate.Sandbox.Catalog;
using SreBot.Shared.Estate.Sandbox.State;
using SreBot.Shared.Scope;

namespace SreBot.Shared.Estate.Sandbox;

/// <summary>
/// Restart and scale, as Azure would take them: unsupported types and out-of-range counts are refused with an
/// <see cref="ArgumentException"/>, missing write permission throws <see cref="EstateForbiddenException"/> (Azure's AuthorizationFailed)
/// and changes nothing, and a successful operation is persisted so every later answer reflects it.
/// </summary>
internal sealed class SandboxWriteOperations(
    SandboxResourceCatalog catalog,
    ISandboxOperationStore store,
    SandboxWritePermissions permissions,
    TimeProvider time)
{
    public const string Caller = "srebot-managed-identity";

    /// <summary>The resource a restart would act on and its operation name; throws as <see cref="RestartAsync"/> would refuse.</summary>
    public (SandboxResourceDefinition Resource, string Action) RestartTarget(ResourceId resourceId)
    {
        var resource = catalog.Require(resourceId);
        var action = SandboxOperationNames.Restart(resource.Type)
            ?? throw new ArgumentException(
                $"'{resource.Name}' is a {resource.Type}; the sandbox can restart only web apps ({SandboxEstate.SitesType}) and virtual machines ({SandboxEstate.VirtualMachinesType}).",
                nameof(resourceId));
        return (resource, action);
    }

    /// <summary>The resource and the scale unit (App Service plan) a scale would change; throws as <see cref="ScaleAsync"/> would refuse.</summary>
    public (SandboxResourceDefinition Resource, SandboxResourceDefinition Unit) ScaleTarget(ResourceId resourceId, int instanceCount)
    {
        if (instanceCount is < ScaleLimits.MinInstanceCount or > ScaleLimits.MaxInstanceCount)
        {
            throw new ArgumentOutOfRangeException(
                nameof(instanceCount), instanceCount, $"The instance count must be between {ScaleLimits.MinInstanceCount} and {ScaleLimits.MaxInstanceCount}.");
        }

        var resource = catalog.Require(resourceId);
        var unit = catalog.ScaleUnitOf(resource)
            ?? throw new ArgumentException(
                $"'{resource.Name}' is a {resource.Type}; the sandbox can scale only web apps ({SandboxEstate.SitesType}) and App Service plans ({SandboxEstate.PlansType}).",
                nameof(resourceId));
        return (resource, unit);
    }

    public async Task<EstateOperationResult> RestartAsync(ResourceId resourceId, CancellationToken cancellationToken)
    {
        var (resource, action) = RestartTarget(resourceId);
        EnsurePermitted(resource, action);

        var now = time.GetUtcNow();
        await store.AppendRestartAsync(resource.Id, now, Caller, cancellationToken);
        return new EstateOperationResult(resource.Id, "restart", true, $"Restarted {resource.Name}. (simulated: no Azure resource was changed)", now);
    }

    public async Task<EstateOperationResult> ScaleAsync(ResourceId resourceId, int instanceCount, CancellationToken cancellationToken)
    {
        var (resource, unit) = ScaleTarget(resourceId, instanceCount);
        EnsurePermitted(resource, SandboxOperationNames.ScalePlan);

        var now = time.GetUtcNow();
        var defaultCount = unit.ProfileAs<AppServicePlanProfile>().DefaultInstanceCount;
        var result = await store.AppendScaleAsync(resource.Id, unit.Id, defaultCount, instanceCount, now, Caller, cancellationToken);
        var message = result.Operation is null
            ? $"App Service plan {unit.Name} already runs {instanceCount} instances; nothing changed."
            : $"Scaled App Service plan {unit.Name} (used by {resource.Name}) from {result.PreviousInstanceCount} to {instanceCount} instances. (simulated: no Azure resource was changed)";
        return new EstateOperationResult(resource.Id, "scale", true, message, now);
    }

    // As Azure answers AuthorizationFailed (403): the provider-neutral forbidden error, naming the missing permission.
    private void EnsurePermitted(SandboxResourceDefinition resource, string action)
    {
        var permission = permissions.Check(resource.Id.ResourceGroupId!);
        if (!permission.Allowed)
        {
            throw new EstateForbiddenException(action, resource.Id, permission.Reason);
        }
    }
}
