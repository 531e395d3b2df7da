namespace SreBot.McpServer.Tools.Monitoring;

/// <summary>A series at a glance, so a reader need not scan every point: first, last, min, max and mean of the points with data.</summary>
public sealed record MetricStatistics(double? First, double? Last, double? Minimum, double? Maximum, double? Mean)
{
    public static MetricStatistics Of(IReadOnlyList<double?> values)
    {
        var present = values.Where(v => v.HasValue).Select(v => v!.Value).ToList();
        return present.Count == 0
            ? new MetricStatistics(null, null, null, null, null)
            : new MetricStatistics(Round(present[0]), Round(present[^1]), Round(present.Min()), Round(present.Max()), Round(present.Average()));
    }

    private static double Round(double value) => Math.Round(value, 3);
}
