using SreBot.Shared.Estate.Sandbox.Catalog;
using SreBot.Shared.Estate.Sandbox.Scenarios;
using SreBot.Shared.Estate.Sandbox.State;
using SreBot.Shared.Scope;

namespace SreBot.Shared.Estate.Sandbox.Simulation;

/// <summary>
/// The estate as of <see cref="Now"/>: the scenario's incidents placed in time and the operations that had happened
/// by then. Everything the provider answers is a pure function of this object, which is what makes it deterministic.
/// </summary>
internal sealed class SandboxWorld
{
    private readonly Dictionary<string, List<(IncidentTimeline Timeline, SandboxEffect Effect)>> _effects = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ResourceStart>> _starts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<LogEntry>> _extraLogs = new(StringComparer.Ordinal);

    public SandboxWorld(
        DateTimeOffset now, SandboxScenario scenario, SandboxResourceCatalog catalog, IReadOnlyList<SandboxOperation> operations, IReadOnlyList<SandboxLogLine>? extraLogLines = null)
    {
        Now = now;
        Catalog = catalog;
        Operations = [.. operations.Where(o => o.OccurredAt <= now)];
        Incidents = [.. scenario.Incidents.Select(i => IncidentTimeline.Place(i, now, Operations))];
        Activities = [.. Incidents.SelectMany(t => t.Incident.Activity.Select(a => new ScheduledActivity(t.TimeOf(a), a))).Where(a => a.At <= now)];

        foreach (var timeline in Incidents)
        {
            foreach (var effect in timeline.Incident.Effects)
            {
                ListFor(_effects, effect.Resource).Add((timeline, effect));
            }
        }

        foreach (var restart in Operations.Where(o => o.Kind == SandboxOperationKind.Restart))
        {
            ListFor(_starts, restart.Resource).Add(new ResourceStart(restart.OccurredAt, ResourceStartReason.RestartRequested));
        }

        foreach (var deployment in Activities.Where(a => a.Activity.DeployedVersion is not null))
        {
            ListFor(_starts, deployment.Activity.Resource).Add(new ResourceStart(deployment.At, ResourceStartReason.Deployment, deployment.Activity.DeployedVersion));
        }

        foreach (var line in extraLogLines ?? [])
        {
            if (catalog.FindByName(line.Resource) is { } resource && SandboxLogLine.TryParseLevel(line.Level, out var level))
            {
                ListFor(_extraLogs, resource.Id).Add(new LogEntry(SandboxTime.Floor(now, SandboxTime.Minute) - TimeSpan.FromMinutes(line.MinutesAgo), level, line.Message, SandboxLogLine.Source));
            }
        }

        foreach (var starts in _starts.Values)
        {
            starts.Sort((a, b) => a.At.CompareTo(b.At));
        }
    }

    public DateTimeOffset Now { get; }

    public SandboxResourceCatalog Catalog { get; }

    /// <summary>Operations that had happened by <see cref="Now"/>, in the order they were recorded.</summary>
    public IReadOnlyList<SandboxOperation> Operations { get; }

    public IReadOnlyList<IncidentTimeline> Incidents { get; }

    /// <summary>The scenario's scripted activity that had happened by <see cref="Now"/>.</summary>
    public IReadOnlyList<ScheduledActivity> Activities { get; }

    public ResourceForces ForcesAt(ResourceId resource, DateTimeOffset time)
    {
        var forces = ResourceForces.None;
        if (_effects.TryGetValue(resource.Canonical, out var effects))
        {
            foreach (var (timeline, effect) in effects)
            {
                var strength = timeline.Strength(effect, time);
                if (strength > 0)
                {
                    forces = forces.With(effect, strength);
                }
            }
        }

        return forces;
    }

    /// <summary>The instance count at <paramref name="time"/>: a web app reports its plan's; null for types that have none.</summary>
    public int? InstanceCountAt(SandboxResourceDefinition resource, DateTimeOffset time)
    {
        if (Catalog.ScaleUnitOf(resource) is not { } unit)
        {
            return resource.Profile is VirtualMachineProfile ? 1 : null;
        }

        var scaled = Operations
            .Where(o => o.Kind == SandboxOperationKind.Scale && unit.Id.Equals(o.ScaleUnit) && o.OccurredAt <= time)
            .MaxBy(o => (o.OccurredAt, o.Id));
        return scaled?.InstanceCount ?? unit.ProfileAs<AppServicePlanProfile>().DefaultInstanceCount;
    }

    /// <summary>The last time the resource's process started at or before <paramref name="time"/>, if any did.</summary>
    public ResourceStart? LastStartAtOrBefore(ResourceId resource, DateTimeOffset time)
        => _starts.TryGetValue(resource.Canonical, out var starts) ? starts.LastOrDefault(s => s.At <= time) : null;

    /// <summary>The configured extra log lines (<see cref="SandboxOptions.ExtraLogLines"/>) written during the minute starting at <paramref name="minute"/>.</summary>
    public IEnumerable<LogEntry> ExtraLogsForMinute(ResourceId resource, DateTimeOffset minute)
        => _extraLogs.TryGetValue(resource.Canonical, out var lines) ? lines.Where(l => SandboxTime.Floor(l.TimeGenerated, SandboxTime.Minute) == minute) : [];

    public IReadOnlyList<ResourceStart> StartsOf(ResourceId resource)
        => _starts.TryGetValue(resource.Canonical, out var starts) ? starts : [];

    private static List<T> ListFor<T>(Dictionary<string, List<T>> map, ResourceId resource)
    {
        if (!map.TryGetValue(resource.Canonical, out var list))
        {
            list = [];
            map[resource.Canonical] = list;
        }

        return list;
    }
}
