using SreBot.Shared.Estate;

namespace SreBot.Bot.Investigation;

/// <summary>A metric over the investigated window, with the few measures the analyzers compare.</summary>
/// <param name="Points">The points with data, oldest first (points without a value are left out).</param>
public sealed record MetricTrend(string Name, string Unit, IReadOnlyList<MetricPoint> Points)
{
    private const int BaselinePoints = 10;

    private const int RecentPoints = 5;

    /// <summary>
    /// The trend of a metric as the analyzers compare it: a duration in milliseconds (Azure Monitor spells the unit
    /// <c>MilliSeconds</c>, e.g. a container app's <c>ResponseTime</c>) becomes seconds, so one threshold fits every resource type.
    /// </summary>
    public static MetricTrend Of(string name, string unit, IEnumerable<MetricPoint> points)
        => string.Equals(unit, "Milliseconds", StringComparison.OrdinalIgnoreCase)
            ? new(name, "Seconds", [.. points.Select(p => p with { Value = p.Value / 1000 })])
            : new(name, unit, [.. points]);

    /// <summary>The median of the first points: what "normal" looked like at the start of the window.</summary>
    public double? Baseline => Points.Count < BaselinePoints + RecentPoints ? null : Median(Points.Take(BaselinePoints).Select(ValueOf));

    /// <summary>The mean of the last points.</summary>
    public double? Recent => Points.Count < BaselinePoints + RecentPoints ? null : Points.TakeLast(RecentPoints).Average(ValueOf);

    /// <summary>Recent over baseline, or null when the baseline is zero or unknown.</summary>
    public double? Ratio => Baseline is > 0 and var b && Recent is { } r ? r / b : null;

    /// <summary>
    /// When the metric first crossed halfway from its baseline to its recent level and stayed past it for a few points:
    /// the start of the anomaly. Null when there is no level change.
    /// </summary>
    public DateTimeOffset? Onset
    {
        get
        {
            if (Baseline is not { } baseline || Recent is not { } recent || recent == baseline)
            {
                return null;
            }

            var halfway = baseline + ((recent - baseline) / 2);
            var rising = recent > baseline;
            for (var i = 0; i + 2 < Points.Count; i++)
            {
                if (Points.Skip(i).Take(3).All(p => rising ? ValueOf(p) >= halfway : ValueOf(p) <= halfway))
                {
                    return Points[i].TimeStamp;
                }
            }

            return null;
        }
    }

    /// <summary>True when the means of the window's quarters go up each time: a steady climb rather than a step or noise.</summary>
    public bool ClimbsSteadily
    {
        get
        {
            if (Points.Count < 8)
            {
                return false;
            }

            var size = Points.Count / 4;
            var quarters = Enumerable.Range(0, 4).Select(q => Points.Skip(q * size).Take(size).Average(ValueOf)).ToList();
            return quarters.Zip(quarters.Skip(1)).All(pair => pair.Second > pair.First);
        }
    }

    private static double ValueOf(MetricPoint point) => point.Value.GetValueOrDefault();

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
