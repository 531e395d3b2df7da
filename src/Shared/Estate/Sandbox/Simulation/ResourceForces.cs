using SreBot.Shared.Estate.Sandbox.Scenarios;

namespace SreBot.Shared.Estate.Sandbox.Simulation;

/// <summary>The combined forces the active incidents apply to one resource at one moment.</summary>
internal readonly record struct ResourceForces(
    double TrafficFactor,
    double LeakedBytes,
    double CodeErrorRate,
    CodeFailure? CodeFailure,
    bool Unavailable,
    double WarningsPerMinute)
{
    public static ResourceForces None => new(1, 0, 0, null, false, 0);

    /// <summary>Adds an effect at <paramref name="strength"/> (0..1) to these forces.</summary>
    public ResourceForces With(SandboxEffect effect, double strength) => new(
        TrafficFactor * (1 + ((effect.TrafficFactor - 1) * strength)),
        LeakedBytes + (effect.LeakedBytes * strength),
        CodeErrorRate + (effect.CodeErrorRate * strength),
        CodeFailure ?? (effect.CodeErrorRate > 0 ? effect.CodeFailure : null),
        Unavailable || effect.Unavailable,
        WarningsPerMinute + (effect.WarningsPerMinute * strength));
}
