using SreBot.Shared.Estate.Sandbox.Catalog;
using SreBot.Shared.Estate.Sandbox.Simulation;

namespace SreBot.Shared.Estate.Sandbox.Models.Steady;

/// <summary>Resource types no scenario disturbs (caches, storage): metrics that follow the day, no logs, always healthy.</summary>
internal sealed class SteadyResourceModel(IReadOnlyList<SteadyMetric> metrics)
    : SandboxResourceModel<SteadyMinute>([.. metrics.Select(m => new SandboxMetric<SteadyMinute>(new(m.Name, m.Unit), minute => Value(m, minute)))])
{
    public static SteadyResourceModel RedisCache() => new(
    [
        new("connectedclients", MetricUnits.Count, 180, 0.5, 0.05),
        new("serverLoad", MetricUnits.Percent, 14, 0.8, 0.1),
        new("usedmemorypercentage", MetricUnits.Percent, 38, 0.05, 0.01),
        new("getcommands", MetricUnits.Count, 52_000, 0.8, 0.06),
        new("errors", MetricUnits.Count, 0, 0, 0),
    ]);

    public static SteadyResourceModel StorageAccount() => new(
    [
        new("Transactions", MetricUnits.Count, 3_400, 0.6, 0.07),
        new("Availability", MetricUnits.Percent, 100, 0, 0),
        new("SuccessE2ELatency", MetricUnits.Milliseconds, 11, 0.2, 0.15),
        new("UsedCapacity", MetricUnits.Bytes, 1.9e12, 0, 0.0001),
    ]);

    protected override SteadyMinute Simulate(SandboxResourceDefinition resource, DateTimeOffset minute, SandboxWorld world, bool withNoise)
        => new(resource.Id.Canonical, minute, DiurnalCurve.Busyness(minute, resource.Location), withNoise);

    private static double Value(SteadyMetric metric, SteadyMinute minute)
    {
        var jitter = minute.WithNoise ? metric.Jitter * StableNoise.Signed(minute.Resource, metric.Name, minute.Minute) : 0;
        var value = metric.Baseline * (1 + (metric.DailySwing * (minute.Busyness - 0.5))) * (1 + jitter);
        return metric.Unit == MetricUnits.Count ? Math.Round(value) : value;
    }
}
