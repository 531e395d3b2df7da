using System.Globalization;

namespace SreBot.Bot.Investigation.Analyzers;

/// <summary>Metric values as people read them.</summary>
public static class Quantity
{
    public static string Format(double? value, string unit) => value switch
    {
        null => "n/a",
        var v when string.Equals(unit, "Bytes", StringComparison.OrdinalIgnoreCase) => string.Create(CultureInfo.InvariantCulture, $"{v / (1024 * 1024 * 1024):0.00} GB"),
        var v when string.Equals(unit, "Seconds", StringComparison.OrdinalIgnoreCase) && v < 10 => string.Create(CultureInfo.InvariantCulture, $"{v * 1000:0} ms"),
        var v when string.Equals(unit, "Seconds", StringComparison.OrdinalIgnoreCase) => string.Create(CultureInfo.InvariantCulture, $"{v:0.#} s"),
        var v when string.Equals(unit, "Percent", StringComparison.OrdinalIgnoreCase) => string.Create(CultureInfo.InvariantCulture, $"{v:0.#} %"),
        var v => string.Create(CultureInfo.InvariantCulture, $"{v:0.##} {unit}"),
    };

    public static string Change(MetricTrend metric)
        => $"{metric.Name} {Format(metric.Baseline, metric.Unit)} → {Format(metric.Recent, metric.Unit)}";

    public static string Time(DateTimeOffset time) => time.ToString("HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
