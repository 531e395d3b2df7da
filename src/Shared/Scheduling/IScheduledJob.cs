namespace SreBot.Shared.Scheduling;

/// <summary>
/// A background job that <see cref="ScheduledJobRunner"/> runs at start and then every <see cref="Interval"/> on the
/// injected <see cref="TimeProvider"/>. Register one with <c>services.AddScheduledJob&lt;TJob&gt;()</c>.
/// </summary>
public interface IScheduledJob
{
    /// <summary>A short, stable name (<c>approval-expiry</c>): it names the job in logs and its default lease.</summary>
    string Name { get; }

    TimeSpan Interval { get; }

    /// <summary>
    /// Null when every replica may run the job at once; otherwise the name of the database lease a run is held under, so
    /// that of several replicas sharing a database one runs it per interval (<see cref="ScheduledJobLeases.For"/> by default).
    /// </summary>
    string? LeaseName { get; }

    /// <summary>One run. A throw is logged by the runner, and the job runs again at its next interval.</summary>
    Task RunAsync(CancellationToken cancellationToken);
}
