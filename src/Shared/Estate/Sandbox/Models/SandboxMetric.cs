namespace SreBot.Shared.Estate.Sandbox.Models;

/// <summary>A metric and how to read its per-minute value from a resource type's simulated minute; null means no data.</summary>
internal sealed record SandboxMetric<TMinute>(SandboxMetricInfo Info, Func<TMinute, double?> Value);
