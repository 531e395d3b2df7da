namespace SreBot.Shared.Estate.Sandbox.Models;

/// <summary>Azure Monitor unit names.</summary>
internal static class MetricUnits
{
    public const string Percent = "Percent";
    public const string Bytes = "Bytes";
    public const string Count = "Count";
    public const string Seconds = "Seconds";
    public const string Milliseconds = "Milliseconds";
}
