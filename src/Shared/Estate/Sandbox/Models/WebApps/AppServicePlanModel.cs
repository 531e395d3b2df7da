using SreBot.Shared.Estate.Sandbox.Catalog;
using SreBot.Shared.Estate.Sandbox.Simulation;

namespace SreBot.Shared.Estate.Sandbox.Models.WebApps;

/// <summary>Microsoft.Web/serverfarms: CPU and memory of the plan's workers, from the apps that run on it.</summary>
internal sealed class AppServicePlanModel() : SandboxResourceModel<AppServicePlanLoad>(Definitions())
{
    protected override AppServicePlanLoad Simulate(SandboxResourceDefinition resource, DateTimeOffset minute, SandboxWorld world, bool withNoise)
        => AppServicePlanLoad.Compute(resource, minute, world, withNoise);

    protected override HealthAssessment Assess(SandboxResourceDefinition resource, DateTimeOffset minute, SandboxWorld world, AppServicePlanLoad state)
        => state.CpuDemandShare >= 0.95
            ? new HealthAssessment(
                HealthAssessment.Degraded,
                "Unplanned",
                $"CPU on all {state.Instances} instances of {resource.Name} is at {Math.Min(100, state.CpuDemandShare * 100):0} %; the apps on it are slow to respond.")
            : HealthAssessment.Healthy;

    private static IReadOnlyList<SandboxMetric<AppServicePlanLoad>> Definitions() =>
    [
        new(new("CpuPercentage", MetricUnits.Percent), m => Math.Min(100, m.CpuDemandShare * 100)),
        new(new("MemoryPercentage", MetricUnits.Percent), m => Math.Min(99, m.MemoryShare * 100)),
    ];
}
