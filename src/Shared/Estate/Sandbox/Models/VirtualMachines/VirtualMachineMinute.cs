using SreBot.Shared.Estate.Sandbox.Simulation;

namespace SreBot.Shared.Estate.Sandbox.Models.VirtualMachines;

/// <summary>One simulated minute of a VM.</summary>
/// <param name="BatchProgress">Share of the nightly batch done, or null outside the batch window.</param>
/// <param name="SinceStart">Time since the last requested restart, or null when there was none.</param>
internal sealed record VirtualMachineMinute(double CpuPercent, double AvailableMemoryBytes, double? BatchProgress, TimeSpan? SinceStart, ResourceStart? LastStart);
