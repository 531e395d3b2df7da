using SreBot.Shared.Estate.Sandbox.Catalog;
using SreBot.Shared.Estate.Sandbox.Models;
using SreBot.Shared.Estate.Sandbox.Queries;
using SreBot.Shared.Estate.Sandbox.Simulation;
using SreBot.Shared.Scope;

namespace SreBot.Shared.Estate.Sandbox;

/// <summary>
/// The simulated Azure estate SreBot investigates when no real one is configured. Every answer is computed from the
/// current time, the configured scenario and the persisted restarts and scale operations, and carries
/// <see cref="SandboxEstate.Provenance"/> so people and models know it is simulated.
/// </summary>
internal sealed class SandboxEstateProvider(
    SandboxWorldFactory worlds,
    SandboxResourceCatalog catalog,
    SandboxModelRegistry models,
    SandboxWriteOperations writes,
    SandboxWritePermissions permissions) : IEstateProvider
{
    public EstateProvenance Provenance => SandboxEstate.Provenance;

    public async Task<IReadOnlyList<EstateResource>> ListResourcesAsync(ResourceId resourceGroup, string? resourceType, CancellationToken cancellationToken)
    {
        var group = catalog.RequireGroup(resourceGroup);
        var world = await worlds.CreateAsync(cancellationToken);
        return [.. catalog.ResourcesIn(group)
            .Where(r => string.IsNullOrWhiteSpace(resourceType) || string.Equals(r.Type, resourceType.Trim(), StringComparison.OrdinalIgnoreCase))
            .OrderBy(r => r.Name, StringComparer.OrdinalIgnoreCase)
            .Select(r => View(r, world))];
    }

    public async Task<EstateResource?> GetResourceAsync(ResourceId resourceId, CancellationToken cancellationToken)
    {
        if (catalog.Find(resourceId) is not { } resource)
        {
            return null;
        }

        return View(resource, await worlds.CreateAsync(cancellationToken));
    }

    public async Task<ResourceHealthStatus> GetHealthAsync(ResourceId resourceId, CancellationToken cancellationToken)
    {
        var resource = catalog.Require(resourceId);
        var world = await worlds.CreateAsync(cancellationToken);
        return SandboxResourceHealth.Current(world, resource, models.For(resource));
    }

    public async Task<MetricsResult> QueryMetricsAsync(ResourceId resourceId, MetricsQuery query, CancellationToken cancellationToken)
    {
        var resource = catalog.Require(resourceId);
        var world = await worlds.CreateAsync(cancellationToken);
        return SandboxMetricsQuery.Run(world, resource, models.For(resource), query, cancellationToken);
    }

    public async Task<LogSearchResult> SearchLogsAsync(ResourceId resourceId, LogSearchQuery query, CancellationToken cancellationToken)
    {
        var resource = catalog.Require(resourceId);
        var world = await worlds.CreateAsync(cancellationToken);
        return SandboxLogSearch.Run(world, resource, models.For(resource), query, cancellationToken);
    }

    public async Task<IReadOnlyList<ActivityLogEvent>> ListActivityLogAsync(ResourceId scope, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken)
    {
        var world = await worlds.CreateAsync(cancellationToken);
        return SandboxActivityLog.List(world, scope, start, end);
    }

    public Task<EstateOperationResult> RestartAsync(ResourceId resourceId, CancellationToken cancellationToken)
        => writes.RestartAsync(resourceId, cancellationToken);

    public Task<EstateOperationResult> ScaleAsync(ResourceId resourceId, int instanceCount, CancellationToken cancellationToken)
        => writes.ScaleAsync(resourceId, instanceCount, cancellationToken);

    public Task ValidateRestartAsync(ResourceId resourceId, CancellationToken cancellationToken)
    {
        writes.RestartTarget(resourceId);
        return Task.CompletedTask;
    }

    public Task ValidateScaleAsync(ResourceId resourceId, int instanceCount, CancellationToken cancellationToken)
    {
        writes.ScaleTarget(resourceId, instanceCount);
        return Task.CompletedTask;
    }

    public Task<WritePermissionCheck> CheckWritePermissionAsync(ResourceId resourceGroup, CancellationToken cancellationToken)
        => Task.FromResult(permissions.Check(resourceGroup));

    private static EstateResource View(SandboxResourceDefinition resource, SandboxWorld world)
        => new(resource.Id, resource.Name, resource.Type, resource.Location, resource.Tags, resource.Sku, world.InstanceCountAt(resource, world.Now), resource.State);
}
