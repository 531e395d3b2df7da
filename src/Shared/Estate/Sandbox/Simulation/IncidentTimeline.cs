using SreBot.Shared.Estate.Sandbox.Scenarios;
using SreBot.Shared.Estate.Sandbox.State;

namespace SreBot.Shared.Estate.Sandbox.Simulation;

/// <summary>
/// An incident placed in time. While unresolved its anchor is "now" (rounded down to <see cref="SandboxTime.AnchorQuantum"/>),
/// so the incident is always in progress; once an operation resolves it the anchor freezes at that operation, so the
/// history an engineer saw before the fix stays the same afterwards.
/// </summary>
internal sealed class IncidentTimeline
{
    private IncidentTimeline(SandboxIncident incident, DateTimeOffset anchor, DateTimeOffset? resolvedAt)
    {
        Incident = incident;
        Anchor = anchor;
        ResolvedAt = resolvedAt;
    }

    public SandboxIncident Incident { get; }

    public DateTimeOffset Anchor { get; }

    public DateTimeOffset? ResolvedAt { get; }

    /// <param name="operations">Operations that happened at or before <paramref name="now"/>.</param>
    public static IncidentTimeline Place(SandboxIncident incident, DateTimeOffset now, IReadOnlyList<SandboxOperation> operations)
    {
        var resolution = incident.Resolution is { } rule
            ? operations.Where(rule.IsResolvedBy).OrderBy(o => o.OccurredAt).FirstOrDefault()
            : null;
        var resolvedAt = resolution?.OccurredAt;
        return new IncidentTimeline(incident, SandboxTime.Floor(resolvedAt ?? now, SandboxTime.AnchorQuantum), resolvedAt);
    }

    public DateTimeOffset TimeOf(ScriptedActivity activity) => At(activity.Offset);

    /// <summary>
    /// The moment at an offset from the anchor, plus a few seconds that depend only on that moment (real events rarely
    /// fall on a whole minute). An effect and an activity with the same offset, such as a deployment and the errors it
    /// brings, happen at the same instant.
    /// </summary>
    public DateTimeOffset At(TimeSpan offset)
        => Anchor + offset + TimeSpan.FromSeconds(StableNoise.Pick(60, Incident.Name, "offset", Anchor + offset));

    /// <summary>How strongly <paramref name="effect"/> acts at <paramref name="time"/>: 0 outside its window, up to 1 after its ramp.</summary>
    public double Strength(SandboxEffect effect, DateTimeOffset time)
    {
        var start = At(effect.Start);
        var ended = time < start
            || (effect.Duration is { } duration && time >= start + duration)
            || (effect.EndsWhenResolved && ResolvedAt is { } resolvedAt && time >= resolvedAt);
        if (ended)
        {
            return 0;
        }

        return effect.RampUp <= TimeSpan.Zero ? 1 : SandboxTime.Clamp01((time - start) / effect.RampUp);
    }
}
