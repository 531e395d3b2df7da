namespace SreBot.Shared.Estate.Sandbox.Scenarios;

/// <summary>Every scenario the sandbox can play. To add one, write a factory next to the others and list it here.</summary>
public sealed class SandboxScenarioCatalog
{
    public SandboxScenarioCatalog()
    {
        All =
        [
            CheckoutMemoryLeakScenario.Create(),
            HealthyScenario.Create(),
            BadDeploymentScenario.Create(),
            CpuSaturationScenario.Create(),
            DependencyOutageScenario.Create(),
            NoisyHealthyScenario.Create(),
        ];
    }

    public IReadOnlyList<SandboxScenario> All { get; }

    public IEnumerable<string> Names => All.Select(s => s.Name);

    public SandboxScenario? Find(string? name) => All.FirstOrDefault(s => string.Equals(s.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <exception cref="ArgumentException">No scenario has this name; the message lists the valid ones.</exception>
    public SandboxScenario Get(string name)
        => Find(name) ?? throw new ArgumentException($"Unknown sandbox scenario '{name}'. Valid scenarios: {string.Join(", ", Names)}.", nameof(name));
}
