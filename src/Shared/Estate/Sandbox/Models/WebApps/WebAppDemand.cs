using SreBot.Shared.Estate.Sandbox.Catalog;
using SreBot.Shared.Estate.Sandbox.Simulation;

namespace SreBot.Shared.Estate.Sandbox.Models.WebApps;

/// <summary>
/// What a web app asks of its plan in one minute: requests, CPU and memory. It depends only on the app itself (traffic,
/// leaks, restarts), which lets the plan add up its apps' demands before each app's symptoms are worked out.
/// </summary>
/// <param name="MemoryPressure">Working set as a share of the app's memory budget per instance.</param>
/// <param name="Restarting">Within the first minute after a requested restart.</param>
internal sealed record WebAppDemand(
    double Requests,
    double CpuDemandSeconds,
    double WorkingSetBytes,
    double MemoryPressure,
    ResourceForces Forces,
    ResourceStart? LastStart,
    bool Restarting)
{
    private static readonly TimeSpan WarmUp = TimeSpan.FromMinutes(10);

    public static WebAppDemand Compute(SandboxResourceDefinition site, DateTimeOffset minute, SandboxWorld world, bool withNoise)
    {
        var profile = site.ProfileAs<WebAppProfile>();
        var forces = world.ForcesAt(site.Id, minute);
        var start = world.LastStartAtOrBefore(site.Id, minute);
        var sinceStart = start is null ? TimeSpan.MaxValue : minute - start.At;
        var restarting = start?.Reason == ResourceStartReason.RestartRequested && sinceStart < SandboxTime.Minute;

        double Jitter(string purpose, double amplitude)
            => withNoise ? 1 + (amplitude * StableNoise.Signed(site.Id.Canonical, purpose, minute)) : 1;

        var requests = profile.PeakRequestsPerMinute * DiurnalCurve.TrafficShare(minute, site.Location) * forces.TrafficFactor
            * (restarting ? 0.4 : 1) * Jitter("requests", 0.06);
        var warmUp = sinceStart < WarmUp ? 0.55 + (0.45 * (sinceStart / WarmUp)) : 1;
        var workingSet = (profile.BaseWorkingSetBytes * warmUp * Jitter("memory", 0.015)) + forces.LeakedBytes;
        var pressure = workingSet / profile.MemoryBudgetBytes;
        var garbageCollection = 1 + (0.8 * Math.Pow(SandboxTime.Clamp01((pressure - 0.7) / 0.3), 2));
        var cpu = requests * profile.CpuSecondsPerRequest * garbageCollection * Jitter("cpu", 0.05);
        return new WebAppDemand(requests, cpu, workingSet, pressure, forces, start, restarting);
    }
}
