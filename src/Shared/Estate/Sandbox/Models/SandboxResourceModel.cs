using SreBot.Shared.Estate.Sandbox.Catalog;
using SreBot.Shared.Estate.Sandbox.Simulation;

namespace SreBot.Shared.Estate.Sandbox.Models;

/// <summary>
/// Base for resource models that simulate one minute into a <typeparamref name="TMinute"/> and read metrics, logs and
/// health from it, so the three always agree.
/// </summary>
internal abstract class SandboxResourceModel<TMinute> : ISandboxResourceModel
{
    private readonly IReadOnlyList<SandboxMetric<TMinute>> _metrics;

    protected SandboxResourceModel(IReadOnlyList<SandboxMetric<TMinute>> metrics)
    {
        _metrics = metrics;
        Metrics = [.. metrics.Select(m => m.Info)];
    }

    public IReadOnlyList<SandboxMetricInfo> Metrics { get; }

    public double?[] SampleMetrics(SandboxResourceDefinition resource, DateTimeOffset minute, SandboxWorld world, IReadOnlyList<int> metricIndexes)
    {
        var state = Simulate(resource, minute, world, withNoise: true);
        return [.. metricIndexes.Select(i => _metrics[i].Value(state))];
    }

    public IEnumerable<LogEntry> LogsForMinute(SandboxResourceDefinition resource, DateTimeOffset minute, SandboxWorld world)
        => WriteLogs(resource, minute, world, Simulate(resource, minute, world, withNoise: true));

    public HealthAssessment AssessHealth(SandboxResourceDefinition resource, DateTimeOffset minute, SandboxWorld world)
        => world.ForcesAt(resource.Id, minute).Unavailable
            ? new HealthAssessment(
                HealthAssessment.Unavailable,
                "Unplanned",
                $"We're sorry, {resource.Name} is unavailable because of a problem on the Azure platform. Azure engineers are working to recover it.")
            : Assess(resource, minute, world, Simulate(resource, minute, world, withNoise: false));

    /// <param name="withNoise">False for health decisions: the smooth signal without per-minute jitter.</param>
    protected abstract TMinute Simulate(SandboxResourceDefinition resource, DateTimeOffset minute, SandboxWorld world, bool withNoise);

    protected virtual IEnumerable<LogEntry> WriteLogs(SandboxResourceDefinition resource, DateTimeOffset minute, SandboxWorld world, TMinute state) => [];

    protected virtual HealthAssessment Assess(SandboxResourceDefinition resource, DateTimeOffset minute, SandboxWorld world, TMinute state)
        => HealthAssessment.Healthy;
}
