using SreBot.Shared.Scope;

namespace SreBot.Shared.Estate;

/// <summary>
/// The estate SreBot investigates and changes. Shaped after the Azure APIs the production provider calls:
/// ARM resources (list by resource group, get by id), Resource Health (availabilityStatuses/current),
/// Azure Monitor metrics (metricnames, timespan, interval, aggregation), Log Analytics resource-centric
/// queries, the Activity Log, the restart/scale operations and Microsoft.Authorization permissions.
/// Callers pass ids that policy has already canonicalised and scoped; providers do not make scope decisions.
/// </summary>
public interface IEstateProvider
{
    /// <summary>Where the data comes from; every tool answer carries it.</summary>
    EstateProvenance Provenance { get; }

    Task<IReadOnlyList<EstateResource>> ListResourcesAsync(ResourceId resourceGroup, string? resourceType, CancellationToken cancellationToken);

    /// <summary>The resource, or null when it does not exist.</summary>
    Task<EstateResource?> GetResourceAsync(ResourceId resourceId, CancellationToken cancellationToken);

    Task<ResourceHealthStatus> GetHealthAsync(ResourceId resourceId, CancellationToken cancellationToken);

    Task<MetricsResult> QueryMetricsAsync(ResourceId resourceId, MetricsQuery query, CancellationToken cancellationToken);

    Task<LogSearchResult> SearchLogsAsync(ResourceId resourceId, LogSearchQuery query, CancellationToken cancellationToken);

    /// <summary>Activity log events for a resource group or a resource.</summary>
    Task<IReadOnlyList<ActivityLogEvent>> ListActivityLogAsync(ResourceId scope, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken);

    Task<EstateOperationResult> RestartAsync(ResourceId resourceId, CancellationToken cancellationToken);

    Task<EstateOperationResult> ScaleAsync(ResourceId resourceId, int instanceCount, CancellationToken cancellationToken);

    /// <summary>Checks, changing nothing, that <see cref="RestartAsync"/> could be asked for: the resource exists and its type restarts.</summary>
    /// <exception cref="EstateResourceNotFoundException">No such resource.</exception>
    /// <exception cref="ArgumentException">The resource's type cannot be restarted.</exception>
    Task ValidateRestartAsync(ResourceId resourceId, CancellationToken cancellationToken);

    /// <summary>Checks, changing nothing, that <see cref="ScaleAsync"/> could be asked for: the count is within <see cref="ScaleLimits"/>, the resource exists and its type scales.</summary>
    /// <exception cref="EstateResourceNotFoundException">No such resource.</exception>
    /// <exception cref="ArgumentException">The count is out of range, or the resource's type cannot be scaled.</exception>
    Task ValidateScaleAsync(ResourceId resourceId, int instanceCount, CancellationToken cancellationToken);

    /// <summary>Whether SreBot's own identity holds write permission on the resource group.</summary>
    Task<WritePermissionCheck> CheckWritePermissionAsync(ResourceId resourceGroup, CancellationToken cancellationToken);
}
