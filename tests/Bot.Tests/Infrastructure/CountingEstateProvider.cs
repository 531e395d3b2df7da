using SreBot.Shared.Estate;
using SreBot.Shared.Scope;

namespace SreBot.Bot.Tests.Infrastructure;

/// <summary>Passes every call to the real provider and counts them, reads and writes apart; a read throws <see cref="ReadFault"/> when one is set.</summary>
public sealed class CountingEstateProvider(IEstateProvider inner) : IEstateProvider
{
    private int _reads;
    private int _writes;

    public int Reads => Volatile.Read(ref _reads);

    /// <summary>What every read throws instead of answering, as an estate that is throttling, refusing or down would.</summary>
    public Exception? ReadFault { get; set; }

    public int Writes => Volatile.Read(ref _writes);

    public EstateProvenance Provenance => inner.Provenance;

    public Task<IReadOnlyList<EstateResource>> ListResourcesAsync(ResourceId resourceGroup, string? resourceType, CancellationToken cancellationToken)
        => Read(() => inner.ListResourcesAsync(resourceGroup, resourceType, cancellationToken));

    public Task<EstateResource?> GetResourceAsync(ResourceId resourceId, CancellationToken cancellationToken)
        => Read(() => inner.GetResourceAsync(resourceId, cancellationToken));

    public Task<ResourceHealthStatus> GetHealthAsync(ResourceId resourceId, CancellationToken cancellationToken)
        => Read(() => inner.GetHealthAsync(resourceId, cancellationToken));

    public Task<MetricsResult> QueryMetricsAsync(ResourceId resourceId, MetricsQuery query, CancellationToken cancellationToken)
        => Read(() => inner.QueryMetricsAsync(resourceId, query, cancellationToken));

    public Task<LogSearchResult> SearchLogsAsync(ResourceId resourceId, LogSearchQuery query, CancellationToken cancellationToken)
        => Read(() => inner.SearchLogsAsync(resourceId, query, cancellationToken));

    public Task<IReadOnlyList<ActivityLogEvent>> ListActivityLogAsync(ResourceId scope, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken)
        => Read(() => inner.ListActivityLogAsync(scope, start, end, cancellationToken));

    public Task<EstateOperationResult> RestartAsync(ResourceId resourceId, CancellationToken cancellationToken)
        => Write(() => inner.RestartAsync(resourceId, cancellationToken));

    public Task<EstateOperationResult> ScaleAsync(ResourceId resourceId, int instanceCount, CancellationToken cancellationToken)
        => Write(() => inner.ScaleAsync(resourceId, instanceCount, cancellationToken));

    public Task ValidateRestartAsync(ResourceId resourceId, CancellationToken cancellationToken)
        => Read(async () =>
        {
            await inner.ValidateRestartAsync(resourceId, cancellationToken);
            return true;
        });

    public Task ValidateScaleAsync(ResourceId resourceId, int instanceCount, CancellationToken cancellationToken)
        => Read(async () =>
        {
            await inner.ValidateScaleAsync(resourceId, instanceCount, cancellationToken);
            return true;
        });

    public Task<WritePermissionCheck> CheckWritePermissionAsync(ResourceId resourceGroup, CancellationToken cancellationToken)
        => Read(() => inner.CheckWritePermissionAsync(resourceGroup, cancellationToken));

    private Task<T> Read<T>(Func<Task<T>> call)
    {
        Interlocked.Increment(ref _reads);
        return ReadFault is { } fault ? Task.FromException<T>(fault) : call();
    }

    private Task<T> Write<T>(Func<Task<T>> call)
    {
        Interlocked.Increment(ref _writes);
        return call();
    }
}
