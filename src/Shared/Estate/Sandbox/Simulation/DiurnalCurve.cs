namespace SreBot.Shared.Estate.Sandbox.Simulation;

/// <summary>How busy a customer-facing service is at a time of day: 0 at 04:00 local time, 1 at 16:00.</summary>
internal static class DiurnalCurve
{
    public static double Busyness(DateTimeOffset time, string location)
    {
        var local = time.UtcDateTime.TimeOfDay.TotalHours + UtcOffsetHours(location);
        return 0.5 * (1 - Math.Cos(2 * Math.PI * (local - 4) / 24));
    }

    /// <summary>Traffic as a share of the daily peak: never below 70 %, so scenarios read the same at any hour.</summary>
    public static double TrafficShare(DateTimeOffset time, string location) => 0.7 + (0.3 * Busyness(time, location));

    private static double UtcOffsetHours(string location) => location switch
    {
        "westeurope" => 1,
        "northeurope" => 0,
        _ => 0,
    };
}
