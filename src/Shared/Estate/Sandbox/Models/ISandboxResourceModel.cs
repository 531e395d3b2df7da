using SreBot.Shared.Estate.Sandbox.Catalog;
using SreBot.Shared.Estate.Sandbox.Simulation;

namespace SreBot.Shared.Estate.Sandbox.Models;

/// <summary>How one resource type behaves in the sandbox: its metrics, its log lines and its health, minute by minute.</summary>
internal interface ISandboxResourceModel
{
    IReadOnlyList<SandboxMetricInfo> Metrics { get; }

    /// <summary>The per-minute values of the metrics at <paramref name="metricIndexes"/> (positions in <see cref="Metrics"/>).</summary>
    double?[] SampleMetrics(SandboxResourceDefinition resource, DateTimeOffset minute, SandboxWorld world, IReadOnlyList<int> metricIndexes);

    /// <summary>The log lines written during the minute starting at <paramref name="minute"/>.</summary>
    IEnumerable<LogEntry> LogsForMinute(SandboxResourceDefinition resource, DateTimeOffset minute, SandboxWorld world);

    /// <summary>Resource Health at <paramref name="minute"/>, judged on the noise-free signal so it does not flicker.</summary>
    HealthAssessment AssessHealth(SandboxResourceDefinition resource, DateTimeOffset minute, SandboxWorld world);
}
