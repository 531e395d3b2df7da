namespace SreBot.Shared.Retention;

/// <summary>
/// A kind of data with a retention period (<c>Retention:{DataType}Days</c>). The retention job calls
/// <see cref="PurgeOlderThanAsync"/> with the cut-off; the purge must be idempotent and safe to run from several replicas.
/// </summary>
public interface IRetainedData
{
    /// <summary><c>threads</c>, <c>traces</c>, <c>memories</c>, <c>knowledge</c>, <c>audit</c> or <c>incidents</c>.</summary>
    string DataType { get; }

    /// <summary>Removes what was last changed before <paramref name="cutoff"/>; returns how many items went.</summary>
    Task<int> PurgeOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}
