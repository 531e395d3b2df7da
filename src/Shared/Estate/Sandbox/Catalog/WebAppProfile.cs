using SreBot.Shared.Scope;

namespace SreBot.Shared.Estate.Sandbox.Catalog;

/// <summary>A web app's normal behaviour at its daily peak, per instance where it says so.</summary>
/// <param name="Plan">The App Service plan the app runs on (its scale unit).</param>
/// <param name="MemoryBudgetBytes">Working set per instance at which the app starts to fail allocations.</param>
/// <param name="Namespace">The .NET namespace of the app's code, used in log lines and stack traces.</param>
/// <param name="Routes">Typical routes, the first being the busiest write path.</param>
internal sealed record WebAppProfile(
    ResourceId Plan,
    double PeakRequestsPerMinute,
    double CpuSecondsPerRequest,
    double BaseWorkingSetBytes,
    double MemoryBudgetBytes,
    double BaseResponseSeconds,
    string Namespace,
    string Version,
    IReadOnlyList<string> Routes,
    IReadOnlyList<SandboxDependency> Dependencies) : SandboxProfile;
