using SreBot.Shared.Scope;

namespace SreBot.Shared.Estate.Sandbox.Scenarios;

/// <summary>
/// A force an incident applies to one resource, from <see cref="Start"/> (an offset from the incident's anchor) for
/// <see cref="Duration"/>, growing linearly to full strength over <see cref="RampUp"/>. Symptoms (errors, latency,
/// CPU, health) are not set here: the resource's simulation derives them from these forces.
/// </summary>
internal sealed record SandboxEffect(ResourceId Resource)
{
    public TimeSpan Start { get; init; }

    /// <summary>Null: lasts until resolved (or forever when the incident has no resolution).</summary>
    public TimeSpan? Duration { get; init; }

    public TimeSpan RampUp { get; init; }

    /// <summary>Whether the resolving operation removes this force (a restart frees leaked memory; a scale-out does not end a traffic surge).</summary>
    public bool EndsWhenResolved { get; init; } = true;

    /// <summary>Multiplier on the request rate at full strength.</summary>
    public double TrafficFactor { get; init; } = 1;

    /// <summary>Extra working set per instance at full strength.</summary>
    public double LeakedBytes { get; init; }

    /// <summary>Share of requests that fail in the application's own code at full strength.</summary>
    public double CodeErrorRate { get; init; }

    public CodeFailure? CodeFailure { get; init; }

    /// <summary>The resource does not serve at all (a platform outage).</summary>
    public bool Unavailable { get; init; }

    /// <summary>Extra harmless warning lines per minute at full strength.</summary>
    public double WarningsPerMinute { get; init; }
}
