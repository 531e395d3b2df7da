using System.Globalization;

namespace SreBot.Bot.Investigation.Analyzers;

/// <summary>Metric values as people read them: units and sensible precision ("3.1 GB", "245 ms", "90 %"), as on the card.</summary>
public static class Quantity
{
    public static string Format(double? value, string unit) => MetricScale.For(unit, value).Show(value);

    /// <summary>"MemoryWorkingSet 0.9 GB → 3.1 GB": baseline and recent on one scale.</summary>
    public static string Change(MetricTrend metric)
    {
        var scale = MetricScale.For(metric.Unit, metric.Baseline, metric.Recent);
        return $"{metric.Name} {scale.Show(metric.Baseline)} → {scale.Show(metric.Recent)}";
    }

    public static string Time(DateTimeOffset time) => time.ToUniversalTime().ToString("HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
