using SreBot.Shared.Scope;

namespace SreBot.Shared.Estate.Sandbox.Catalog;

/// <summary>
/// Background change that happens on a fixed schedule whatever the scenario (nightly jobs, staging deployments),
/// at <c>UnixEpoch + Phase + k * Period</c>.
/// </summary>
internal sealed record RoutineActivity(ResourceId Resource, TimeSpan Period, TimeSpan Phase, string Operation, string Caller, string Description)
{
    public IEnumerable<DateTimeOffset> OccurrencesBetween(DateTimeOffset start, DateTimeOffset end)
    {
        var first = DateTimeOffset.UnixEpoch + Phase;
        var k = Math.Max(0, (long)Math.Ceiling((start - first) / Period));
        for (var at = first + (Period * k); at < end; at += Period)
        {
            yield return at;
        }
    }
}
