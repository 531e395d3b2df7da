using SreBot.Shared.Retention;

namespace SreBot.Shared.Incidents;

/// <summary>Incidents follow <c>Retention:IncidentsDays</c>: those last changed before the cut-off go, with their alerts.</summary>
internal sealed class IncidentRetention(IIncidentStore incidents) : IRetainedData
{
    public string DataType => RetainedDataTypes.Incidents;

    public Task<int> PurgeOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) => incidents.DeleteChangedBeforeAsync(cutoff, cancellationToken);
}
