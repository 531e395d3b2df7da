namespace SreBot.Shared.Estate.Sandbox.Models.Steady;

/// <summary>A metric that follows the day: <paramref name="Baseline"/> at mid-busyness, swinging by <paramref name="DailySwing"/> and jittering by <paramref name="Jitter"/> (shares).</summary>
internal sealed record SteadyMetric(string Name, string Unit, double Baseline, double DailySwing, double Jitter);
