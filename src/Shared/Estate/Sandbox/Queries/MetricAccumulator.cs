namespace SreBot.Shared.Estate.Sandbox.Queries;

/// <summary>Collects one metric's per-minute samples within a time bucket and aggregates them the way Azure Monitor does.</summary>
internal sealed class MetricAccumulator
{
    private double _sum;
    private double _minimum = double.MaxValue;
    private double _maximum = double.MinValue;
    private int _samples;

    public void Add(double? value)
    {
        if (value is not { } v)
        {
            return;
        }

        _sum += v;
        _minimum = Math.Min(_minimum, v);
        _maximum = Math.Max(_maximum, v);
        _samples++;
    }

    /// <param name="minutesPerSample">Each sample stands for this many one-minute values (coarse windows are sampled sparsely).</param>
    public double? Result(MetricAggregation aggregation, double minutesPerSample) => _samples == 0 ? null : aggregation switch
    {
        MetricAggregation.Average => _sum / _samples,
        MetricAggregation.Minimum => _minimum,
        MetricAggregation.Maximum => _maximum,
        MetricAggregation.Total => _sum * minutesPerSample,
        MetricAggregation.Count => _samples * minutesPerSample,
        _ => throw new ArgumentOutOfRangeException(nameof(aggregation), aggregation, "Unknown aggregation."),
    };
}
