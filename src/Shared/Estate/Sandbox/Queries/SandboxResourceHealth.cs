using SreBot.Shared.Estate.Sandbox.Catalog;
using SreBot.Shared.Estate.Sandbox.Models;
using SreBot.Shared.Estate.Sandbox.Simulation;

namespace SreBot.Shared.Estate.Sandbox.Queries;

/// <summary>
/// Resource Health's current status, with the time it began, up to <see cref="Lookback"/> back. The search steps back in
/// strides of <see cref="Stride"/> and then minute by minute inside the stride where the status changed, so a steady day
/// costs 96 assessments rather than 1,440; like Resource Health itself, it does not report blips shorter than a stride
/// inside an otherwise steady status.
/// </summary>
internal static class SandboxResourceHealth
{
    public static readonly TimeSpan Lookback = TimeSpan.FromHours(24);
    public static readonly TimeSpan Stride = TimeSpan.FromMinutes(15);

    public static ResourceHealthStatus Current(SandboxWorld world, SandboxResourceDefinition resource, ISandboxResourceModel model)
    {
        var current = model.AssessHealth(resource, world.Now, world);
        var earliest = world.Now - Lookback;
        bool Same(DateTimeOffset minute) => minute > earliest && model.AssessHealth(resource, minute, world).IsSameStatusAs(current);

        var newest = SandboxTime.Floor(world.Now, SandboxTime.Minute);
        if (!Same(newest))
        {
            return new ResourceHealthStatus(resource.Id, current.AvailabilityState, current.Summary, current.ReasonType, world.Now);
        }

        var since = newest;
        while (Same(since - Stride))
        {
            since -= Stride;
        }

        for (var minute = since - SandboxTime.Minute; minute > since - Stride && Same(minute); minute -= SandboxTime.Minute)
        {
            since = minute;
        }

        return new ResourceHealthStatus(resource.Id, current.AvailabilityState, current.Summary, current.ReasonType, since);
    }
}
