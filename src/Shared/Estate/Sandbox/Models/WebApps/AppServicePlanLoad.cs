using SreBot.Shared.Estate.Sandbox.Catalog;
using SreBot.Shared.Estate.Sandbox.Simulation;

namespace SreBot.Shared.Estate.Sandbox.Models.WebApps;

/// <summary>How loaded an App Service plan's workers are in one minute, from the demands of the apps on it.</summary>
/// <param name="CpuDemandShare">CPU asked for over CPU available; above 1 the workers are saturated and requests queue.</param>
/// <param name="MemoryShare">Memory used on each worker (apps plus platform) over the worker's memory.</param>
internal sealed record AppServicePlanLoad(int Instances, double CpuDemandShare, double MemoryShare)
{
    public static AppServicePlanLoad Compute(SandboxResourceDefinition plan, DateTimeOffset minute, SandboxWorld world, bool withNoise)
    {
        var profile = plan.ProfileAs<AppServicePlanProfile>();
        var instances = world.InstanceCountAt(plan, minute) ?? profile.DefaultInstanceCount;
        var demands = world.Catalog.SitesOn(plan.Id).Select(site => WebAppDemand.Compute(site, minute, world, withNoise)).ToList();
        var capacitySeconds = instances * profile.VCpusPerInstance * 60.0;
        var memory = demands.Sum(d => d.WorkingSetBytes) + profile.PlatformOverheadBytes;
        return new AppServicePlanLoad(instances, demands.Sum(d => d.CpuDemandSeconds) / capacitySeconds, memory / profile.MemoryBytesPerInstance);
    }
}
