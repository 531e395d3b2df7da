using System.Diagnostics;

namespace SreBot.Bench;

/// <summary>
/// Figures of one measured phase. Throughput counts successful calls only; latencies are of successful calls
/// (nearest-rank percentiles over every sample, no histogram bucketing); errors are counted apart.
/// </summary>
public sealed record LatencyStats(int Succeeded, int Errors, TimeSpan Elapsed, double RequestsPerSecond, double P50Ms, double P90Ms, double P99Ms, double MaxMs)
{
    public static LatencyStats From(List<long> latencyTicks, int errors, TimeSpan elapsed)
    {
        latencyTicks.Sort();
        return new LatencyStats(
            latencyTicks.Count,
            errors,
            elapsed,
            latencyTicks.Count / elapsed.TotalSeconds,
            Percentile(latencyTicks, 0.50),
            Percentile(latencyTicks, 0.90),
            Percentile(latencyTicks, 0.99),
            latencyTicks.Count == 0 ? double.NaN : Milliseconds(latencyTicks[^1]));
    }

    private static double Percentile(List<long> sorted, double p)
        => sorted.Count == 0 ? double.NaN : Milliseconds(sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Count) - 1)]);

    private static double Milliseconds(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}
