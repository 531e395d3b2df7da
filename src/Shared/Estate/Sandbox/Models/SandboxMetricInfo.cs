namespace SreBot.Shared.Estate.Sandbox.Models;

/// <summary>A metric as Azure Monitor names it, with its unit.</summary>
/// <param name="IsDefault">Part of the set returned when a query names no metrics.</param>
internal sealed record SandboxMetricInfo(string Name, string Unit, bool IsDefault = true);
