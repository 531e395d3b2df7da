using SreBot.Shared.Estate.Sandbox.Catalog;
using SreBot.Shared.Estate.Sandbox.Models;
using SreBot.Shared.Estate.Sandbox.Simulation;

namespace SreBot.Shared.Estate.Sandbox.Queries;

/// <summary>
/// Answers a metrics query like Azure Monitor: buckets of <see cref="MetricsQuery.Interval"/> aligned to the interval,
/// each aggregated from the one-minute values inside [Start, End) (sampled at most <see cref="MaxSamplesPerPoint"/> times
/// for wide buckets); the minute running at "now" is sampled as of now, and buckets after it are null.
/// </summary>
internal static class SandboxMetricsQuery
{
    public const int MaxPoints = 1_440;
    private const int MaxSamplesPerPoint = 60;
    private static readonly TimeSpan MaxInterval = TimeSpan.FromDays(1);

    public static MetricsResult Run(
        SandboxWorld world, SandboxResourceDefinition resource, ISandboxResourceModel model, MetricsQuery query, CancellationToken cancellationToken)
    {
        var metrics = SelectMetrics(resource, model, query.MetricNames);
        var buckets = Buckets(query);
        var stepMinutes = (int)Math.Ceiling(query.Interval.TotalMinutes / MaxSamplesPerPoint);
        var samplesPerBucket = (int)(query.Interval.TotalMinutes / stepMinutes);
        var points = metrics.Select(_ => new List<MetricPoint>(buckets.Count)).ToArray();
        foreach (var bucket in buckets)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var accumulators = metrics.Select(_ => new MetricAccumulator()).ToArray();
            for (var k = 0; k < samplesPerBucket; k++)
            {
                var sample = bucket + TimeSpan.FromMinutes(k * stepMinutes);
                if (sample < query.Start)
                {
                    continue;
                }

                if (sample >= query.End || sample > world.Now)
                {
                    break;
                }

                // The running minute is reported as of now, so a change (a restart) shows in the newest point at once.
                var running = sample + SandboxTime.Minute > world.Now;
                var values = model.SampleMetrics(resource, running ? world.Now : sample, world, metrics);
                for (var i = 0; i < metrics.Count; i++)
                {
                    accumulators[i].Add(values[i]);
                }

                if (running)
                {
                    break;
                }
            }

            for (var i = 0; i < metrics.Count; i++)
            {
                var value = accumulators[i].Result(query.Aggregation, stepMinutes);
                points[i].Add(new MetricPoint(bucket, value is { } v ? Round(v, model.Metrics[metrics[i]].Unit) : null));
            }
        }

        var series = metrics.Select((index, i) => new MetricSeries(model.Metrics[index].Name, model.Metrics[index].Unit, query.Aggregation, points[i])).ToList();
        return new MetricsResult(resource.Id, query.Interval, series);
    }

    private static List<int> SelectMetrics(SandboxResourceDefinition resource, ISandboxResourceModel model, IReadOnlyList<string> names)
    {
        if (model.Metrics.Count == 0)
        {
            throw new ArgumentException($"The sandbox has no metrics for '{resource.Name}' ({resource.Type}).", nameof(names));
        }

        if (names.Count == 0)
        {
            return [.. Enumerable.Range(0, model.Metrics.Count).Where(i => model.Metrics[i].IsDefault)];
        }

        var indexes = names.Select(n => IndexOf(model, n)).ToList();
        var unknown = names.Where((_, i) => indexes[i] < 0).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException(
                $"Unknown metric name(s) {string.Join(", ", unknown.Select(n => $"'{n}'"))} for {resource.Type}. "
                + $"Valid metric names: {string.Join(", ", model.Metrics.Select(m => m.Name))}.",
                nameof(names));
        }

        return [.. indexes.Distinct()];
    }

    private static int IndexOf(ISandboxResourceModel model, string name)
    {
        for (var i = 0; i < model.Metrics.Count; i++)
        {
            if (string.Equals(model.Metrics[i].Name, name?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    private static List<DateTimeOffset> Buckets(MetricsQuery query)
    {
        if (query.Start >= query.End)
        {
            throw new ArgumentException($"The metrics window is empty: Start ({query.Start:O}) must be before End ({query.End:O}).", nameof(query));
        }

        if (query.Interval < SandboxTime.Minute || query.Interval > MaxInterval || query.Interval.Ticks % SandboxTime.Minute.Ticks != 0)
        {
            throw new ArgumentException(
                $"Interval {query.Interval} is not supported: use a whole number of minutes from 1 minute to 1 day (e.g. PT1M, PT5M, PT15M, PT1H, P1D).",
                nameof(query));
        }

        var first = SandboxTime.Floor(query.Start, query.Interval);
        var count = (long)Math.Ceiling((query.End - first) / query.Interval);
        if (count > MaxPoints)
        {
            throw new ArgumentException(
                $"The query would return {count:N0} points per metric; the maximum is {MaxPoints:N0}. Use a larger Interval or a shorter window.",
                nameof(query));
        }

        return [.. Enumerable.Range(0, (int)count).Select(i => first + (query.Interval * i))];
    }

    private static double Round(double value, string unit) => unit switch
    {
        MetricUnits.Bytes => Math.Round(value),
        MetricUnits.Seconds => Math.Round(value, 4),
        _ => Math.Round(value, 2),
    };
}
