namespace SreBot.Shared.Estate.Sandbox.Scenarios;

/// <summary>The names accepted by <c>Estate:Sandbox:Scenario</c>.</summary>
public static class SandboxScenarioNames
{
    public const string CheckoutMemoryLeak = "checkout-memory-leak";
    public const string Healthy = "healthy";
    public const string BadDeployment = "bad-deployment";
    public const string CpuSaturation = "cpu-saturation";
    public const string DependencyOutage = "dependency-outage";
    public const string NoisyHealthy = "noisy-healthy";
}
