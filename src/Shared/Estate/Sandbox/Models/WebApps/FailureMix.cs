using SreBot.Shared.Estate.Sandbox.Catalog;

namespace SreBot.Shared.Estate.Sandbox.Models.WebApps;

/// <summary>The share of a web app's requests that fail with 5xx in one minute, by cause.</summary>
/// <param name="FailingDependency">The unavailable dependency behind <paramref name="Dependency"/> failures, if any.</param>
internal sealed record FailureMix(
    double Baseline,
    double OutOfMemory,
    double Saturation,
    double Code,
    double Dependency,
    double Restart,
    SandboxResourceDefinition? FailingDependency)
{
    public double Total => Math.Min(0.95, Baseline + OutOfMemory + Saturation + Code + Dependency + Restart);

    /// <summary>Picks a cause in proportion to its share, for a value in [0, 1).</summary>
    public FailureCause Pick(double unit)
    {
        var sum = Baseline + OutOfMemory + Saturation + Code + Dependency + Restart;
        var target = unit * sum;
        foreach (var (cause, share) in Shares())
        {
            if (target < share)
            {
                return cause;
            }

            target -= share;
        }

        return FailureCause.Baseline;
    }

    private IEnumerable<(FailureCause Cause, double Share)> Shares()
    {
        yield return (FailureCause.OutOfMemory, OutOfMemory);
        yield return (FailureCause.Saturation, Saturation);
        yield return (FailureCause.Code, Code);
        yield return (FailureCause.Dependency, Dependency);
        yield return (FailureCause.Restart, Restart);
        yield return (FailureCause.Baseline, Baseline);
    }
}
