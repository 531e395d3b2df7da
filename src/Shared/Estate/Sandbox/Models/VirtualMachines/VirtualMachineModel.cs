using SreBot.Shared.Estate.Sandbox.Catalog;
using SreBot.Shared.Estate.Sandbox.Simulation;

namespace SreBot.Shared.Estate.Sandbox.Models.VirtualMachines;

/// <summary>Microsoft.Compute/virtualMachines: a batch VM that is busy at night, and reboots when asked to.</summary>
internal sealed class VirtualMachineModel() : SandboxResourceModel<VirtualMachineMinute>(Definitions())
{
    private const double GiB = 1024d * 1024 * 1024;
    private static readonly TimeSpan Boot = TimeSpan.FromMinutes(2);

    protected override VirtualMachineMinute Simulate(SandboxResourceDefinition resource, DateTimeOffset minute, SandboxWorld world, bool withNoise)
    {
        var profile = resource.ProfileAs<VirtualMachineProfile>();
        var start = world.LastStartAtOrBefore(resource.Id, minute);
        var sinceStart = minute - start?.At;
        var timeOfDay = minute.UtcDateTime.TimeOfDay;
        double? progress = timeOfDay >= profile.BatchStartUtc && timeOfDay < profile.BatchEndUtc
            ? (timeOfDay - profile.BatchStartUtc) / (profile.BatchEndUtc - profile.BatchStartUtc)
            : null;

        double Jitter(string purpose) => withNoise ? StableNoise.Signed(resource.Id.Canonical, purpose, minute) : 0;

        var booting = sinceStart < Boot * 2;
        var cpu = booting ? 35 + (10 * Jitter("cpu"))
            : progress is null ? 7 + (3 * Jitter("cpu"))
            : 78 + (8 * Jitter("cpu"));
        var used = booting ? 1.6 * GiB : progress is null ? 2.8 * GiB : 10.5 * GiB;
        return new VirtualMachineMinute(cpu, profile.MemoryBytes - (used * (1 + (0.02 * Jitter("memory")))), progress, sinceStart, start);
    }

    protected override IEnumerable<LogEntry> WriteLogs(SandboxResourceDefinition resource, DateTimeOffset minute, SandboxWorld world, VirtualMachineMinute state)
        => VirtualMachineLogWriter.Write(resource, minute, state);

    protected override HealthAssessment Assess(SandboxResourceDefinition resource, DateTimeOffset minute, SandboxWorld world, VirtualMachineMinute state)
        => state.SinceStart < Boot
            ? new HealthAssessment(HealthAssessment.Unavailable, "UserInitiated", $"{resource.Name} is rebooting because a restart was requested.")
            : HealthAssessment.Healthy;

    private static IReadOnlyList<SandboxMetric<VirtualMachineMinute>> Definitions() =>
    [
        new(new("Percentage CPU", MetricUnits.Percent), m => m.CpuPercent),
        new(new("Available Memory Bytes", MetricUnits.Bytes), m => Math.Round(m.AvailableMemoryBytes)),
    ];
}
