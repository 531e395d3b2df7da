using SreBot.Shared.Estate.Sandbox.Catalog;
using SreBot.Shared.Estate.Sandbox.Simulation;
using static SreBot.Shared.Estate.Sandbox.Simulation.SandboxTime;

namespace SreBot.Shared.Estate.Sandbox.Models.WebApps;

/// <summary>
/// Microsoft.Web/sites. Symptoms follow from the forces: memory pressure makes garbage collection slow and then
/// allocations fail (HTTP 500/503); a saturated plan queues requests (latency, 503); an unavailable dependency makes the
/// requests that need it time out; a requested restart drops traffic for a minute.
/// </summary>
internal sealed class WebAppModel() : SandboxResourceModel<WebAppMinute>(Definitions())
{
    private const double BaselineErrorRate = 0.0006;
    private const double ClientErrorRate = 0.012;
    private const double DependencyTimeoutSeconds = 15;
    private const double FailFastSeconds = 0.04;
    private const double GiB = 1024d * 1024 * 1024;

    protected override WebAppMinute Simulate(SandboxResourceDefinition resource, DateTimeOffset minute, SandboxWorld world, bool withNoise)
    {
        var profile = resource.ProfileAs<WebAppProfile>();
        var demand = WebAppDemand.Compute(resource, minute, world, withNoise);
        var plan = AppServicePlanLoad.Compute(world.Catalog.Require(profile.Plan), minute, world, withNoise);
        var failingDependency = profile.Dependencies.FirstOrDefault(d => world.ForcesAt(d.Target, minute).Unavailable);
        var failures = new FailureMix(
            BaselineErrorRate,
            OutOfMemory: 0.2 * Math.Pow(Clamp01((demand.MemoryPressure - 0.7) / 0.3), 1.5),
            Saturation: 0.3 * Clamp01((plan.CpuDemandShare - 0.9) / 0.3),
            Code: demand.Forces.CodeErrorRate,
            Dependency: (failingDependency?.RequestShare ?? 0) * 0.97,
            Restart: demand.Restarting ? 0.3 : 0,
            FailingDependency: failingDependency is null ? null : world.Catalog.Require(failingDependency.Target));

        var id = resource.Id.Canonical;
        int Count(double expected, string purpose) => withNoise ? StableNoise.Count(expected, id, purpose, minute) : (int)Math.Round(expected);
        var requests = (int)Math.Round(demand.Requests);
        var http5xx = Math.Min(requests, Count(requests * failures.Total, "http5xx"));
        var http4xx = Math.Min(requests - http5xx, Count(requests * ClientErrorRate, "http4xx"));

        var garbageCollection = 1 + (4 * Math.Pow(Clamp01((demand.MemoryPressure - 0.7) / 0.3), 2));
        var queuing = 1 + (9 * Math.Pow(Clamp01((plan.CpuDemandShare - 0.7) / 0.4), 2));
        var jitter = withNoise ? 1 + (0.08 * StableNoise.Signed(id, "latency", minute)) : 1;
        var success = profile.BaseResponseSeconds * garbageCollection * queuing * jitter;
        var response = (success * (1 - failures.Dependency - failures.Code))
            + (DependencyTimeoutSeconds * failures.Dependency)
            + (FailFastSeconds * failures.Code);

        var version = world.StartsOf(resource.Id).LastOrDefault(s => s.At <= minute && s.Version is not null)?.Version ?? profile.Version;
        return new WebAppMinute(
            demand, plan, failures, requests, requests - http4xx - http5xx, http4xx, http5xx,
            demand.CpuDemandSeconds / Math.Max(1, plan.CpuDemandShare), response, success, version);
    }

    protected override IEnumerable<LogEntry> WriteLogs(SandboxResourceDefinition resource, DateTimeOffset minute, SandboxWorld world, WebAppMinute state)
        => WebAppLogWriter.Write(resource, minute, world, state);

    protected override HealthAssessment Assess(SandboxResourceDefinition resource, DateTimeOffset minute, SandboxWorld world, WebAppMinute state)
    {
        if (state.Demand.Restarting)
        {
            return new HealthAssessment(
                HealthAssessment.Unavailable,
                "UserInitiated",
                $"{resource.Name} is restarting because a restart was requested. It is usually serving again within a minute.");
        }

        if (state.Demand.MemoryPressure >= 0.85)
        {
            return new HealthAssessment(
                HealthAssessment.Degraded,
                "Unplanned",
                $"{resource.Name} is running low on memory: its working set is {state.Demand.WorkingSetBytes / GiB:0.0} GiB per instance "
                + "and some requests are failing. The Azure platform is not affected.");
        }

        if (state.Plan.CpuDemandShare >= 0.95)
        {
            return new HealthAssessment(
                HealthAssessment.Degraded,
                "Unplanned",
                $"{resource.Name} is responding slowly: CPU on all {state.Plan.Instances} instances of its App Service plan is at "
                + $"{Math.Min(100, state.Plan.CpuDemandShare * 100):0} % and requests are queuing. The Azure platform is not affected.");
        }

        return HealthAssessment.Healthy;
    }

    private static IReadOnlyList<SandboxMetric<WebAppMinute>> Definitions() =>
    [
        new(new("CpuTime", MetricUnits.Seconds), m => m.CpuSeconds),
        new(new("MemoryWorkingSet", MetricUnits.Bytes), m => Math.Round(m.Demand.WorkingSetBytes)),
        new(new("Requests", MetricUnits.Count), m => m.Requests),
        new(new("Http2xx", MetricUnits.Count, IsDefault: false), m => m.Http2xx),
        new(new("Http4xx", MetricUnits.Count, IsDefault: false), m => m.Http4xx),
        new(new("Http5xx", MetricUnits.Count), m => m.Http5xx),
        new(new("HttpResponseTime", MetricUnits.Seconds), m => m.ResponseSeconds),
    ];
}
