namespace SreBot.Shared.Incidents;

/// <summary>
/// Durable incidents. Recording an alert is one transaction that finds the incident it belongs to and changes it, serialised
/// against every other recording (across replicas sharing the database), so an alert storm makes one incident per alert
/// identity or resource, never two.
/// </summary>
public interface IIncidentStore
{
    /// <summary>
    /// Applies one alert at <paramref name="now"/>: the same dedupe key in an incident that still takes alerts repeats it
    /// there (count, last seen); a firing alert on the resource of such an incident whose last alert is within
    /// <paramref name="groupingWindow"/> joins it; any other firing alert starts an incident (<see cref="IncidentStatus.Investigating"/>, or
    /// <see cref="IncidentStatus.OutOfScope"/>). A resolved alert resolves its alert there, and the incident when none fires any more.
    /// Null for a resolved alert that matches no incident.
    /// </summary>
    Task<IncidentRecording?> RecordAlertAsync(IncidentAlert alert, DateTimeOffset now, TimeSpan groupingWindow, CancellationToken cancellationToken);

    Task<Incident?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>The newest incidents first (by last change), optionally of one status.</summary>
    Task<IReadOnlyList<Incident>> ListAsync(string? status, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Records the investigation's verdict and trace; an incident still <see cref="IncidentStatus.Investigating"/> becomes
    /// <paramref name="status"/>. False when there is no such incident.
    /// </summary>
    Task<bool> RecordInvestigationAsync(string id, string verdict, string? traceId, string status, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Deletes the incidents (and their alerts) last changed before <paramref name="cutoff"/>; returns how many went.</summary>
    Task<int> DeleteChangedBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}
