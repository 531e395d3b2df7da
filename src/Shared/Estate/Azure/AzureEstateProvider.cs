using SreBot.Shared.Estate.Azure.Logs;
using SreBot.Shared.Estate.Azure.Operations;
using SreBot.Shared.Estate.Azure.Permissions;
using SreBot.Shared.Scope;

namespace SreBot.Shared.Estate.Azure;

/// <summary>
/// The estate read from (and changed in) a real Azure subscription with SreBot's own identity. Each concern has its own
/// class; this one only routes. Callers pass ids policy has already canonicalised and scoped.
/// </summary>
internal sealed class AzureEstateProvider(
    AzureResourceReader resources,
    AzureHealthReader health,
    AzureMetricsReader metrics,
    AzureActivityLogReader activityLog,
    AzureLogSearch logs,
    AzureWritePermissions permissions,
    AzureWriteOperations writes) : IEstateProvider
{
    public static EstateProvenance AzureProvenance { get; } = new("azure", false, "Read from Azure (Resource Manager, Resource Health, Azure Monitor, Log Analytics) with SreBot's own identity.");

    public EstateProvenance Provenance => AzureProvenance;

    public Task<IReadOnlyList<EstateResource>> ListResourcesAsync(ResourceId resourceGroup, string? resourceType, CancellationToken cancellationToken)
        => resources.ListAsync(resourceGroup, resourceType, cancellationToken);

    public Task<EstateResource?> GetResourceAsync(ResourceId resourceId, CancellationToken cancellationToken)
        => resources.GetAsync(resourceId, cancellationToken);

    public Task<ResourceHealthStatus> GetHealthAsync(ResourceId resourceId, CancellationToken cancellationToken)
        => health.GetAsync(resourceId, cancellationToken);

    public Task<MetricsResult> QueryMetricsAsync(ResourceId resourceId, MetricsQuery query, CancellationToken cancellationToken)
        => metrics.QueryAsync(resourceId, query, cancellationToken);

    public Task<LogSearchResult> SearchLogsAsync(ResourceId resourceId, LogSearchQuery query, CancellationToken cancellationToken)
        => logs.SearchLogsAsync(resourceId, query, cancellationToken);

    public Task<IReadOnlyList<ActivityLogEvent>> ListActivityLogAsync(ResourceId scope, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken)
        => activityLog.ListAsync(scope, start, end, cancellationToken);

    public Task<EstateOperationResult> RestartAsync(ResourceId resourceId, CancellationToken cancellationToken)
        => writes.RestartAsync(resourceId, cancellationToken);

    public Task<EstateOperationResult> ScaleAsync(ResourceId resourceId, int instanceCount, CancellationToken cancellationToken)
        => writes.ScaleAsync(resourceId, instanceCount, cancellationToken);

    public Task ValidateRestartAsync(ResourceId resourceId, CancellationToken cancellationToken)
        => writes.ValidateRestartAsync(resourceId, cancellationToken);

    public Task ValidateScaleAsync(ResourceId resourceId, int instanceCount, CancellationToken cancellationToken)
        => writes.ValidateScaleAsync(resourceId, instanceCount, cancellationToken);

    public Task<WritePermissionCheck> CheckWritePermissionAsync(ResourceId resourceGroup, CancellationToken cancellationToken)
        => permissions.CheckWritePermissionAsync(resourceGroup, cancellationToken);
}
