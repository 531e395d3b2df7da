using SreBot.Shared.Estate.Sandbox.Catalog;
using SreBot.Shared.Estate.Sandbox.Models;
using SreBot.Shared.Estate.Sandbox.Simulation;

namespace SreBot.Shared.Estate.Sandbox.Queries;

/// <summary>Resource Health's current status, with the time it began (searched back minute by minute, up to <see cref="Lookback"/>).</summary>
internal static class SandboxResourceHealth
{
    public static readonly TimeSpan Lookback = TimeSpan.FromHours(24);

    public static ResourceHealthStatus Current(SandboxWorld world, SandboxResourceDefinition resource, ISandboxResourceModel model)
    {
        var current = model.AssessHealth(resource, world.Now, world);
        var since = world.Now;
        var earliest = world.Now - Lookback;
        for (var minute = SandboxTime.Floor(world.Now, SandboxTime.Minute);
             minute > earliest && model.AssessHealth(resource, minute, world).IsSameStatusAs(current);
             minute -= SandboxTime.Minute)
        {
            since = minute;
        }

        return new ResourceHealthStatus(resource.Id, current.AvailabilityState, current.Summary, current.ReasonType, since);
    }
}
