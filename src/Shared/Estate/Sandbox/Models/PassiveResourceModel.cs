using SreBot.Shared.Estate.Sandbox.Catalog;
using SreBot.Shared.Estate.Sandbox.Simulation;

namespace SreBot.Shared.Estate.Sandbox.Models;

/// <summary>For resource types the sandbox lists but does not simulate (e.g. SQL logical servers): no metrics, no logs, healthy.</summary>
internal sealed class PassiveResourceModel() : SandboxResourceModel<DateTimeOffset>([])
{
    protected override DateTimeOffset Simulate(SandboxResourceDefinition resource, DateTimeOffset minute, SandboxWorld world, bool withNoise) => minute;
}
