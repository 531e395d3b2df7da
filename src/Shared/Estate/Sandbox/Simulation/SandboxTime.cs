namespace SreBot.Shared.Estate.Sandbox.Simulation;

/// <summary>Time arithmetic shared by the simulation.</summary>
internal static class SandboxTime
{
    public static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    /// <summary>Unresolved incidents are placed relative to "now" rounded down to this, so answers within it line up.</summary>
    public static readonly TimeSpan AnchorQuantum = TimeSpan.FromMinutes(5);

    public static DateTimeOffset Floor(DateTimeOffset value, TimeSpan step)
    {
        var utc = value.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % step.Ticks), TimeSpan.Zero);
    }

    public static DateTimeOffset Ceiling(DateTimeOffset value, TimeSpan step)
    {
        var floor = Floor(value, step);
        return floor == value.ToUniversalTime() ? floor : floor + step;
    }

    public static double Clamp01(double value) => Math.Clamp(value, 0, 1);
}
