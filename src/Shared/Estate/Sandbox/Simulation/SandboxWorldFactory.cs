using Microsoft.Extensions.Options;
using SreBot.Shared.Estate.Sandbox.Catalog;
using SreBot.Shared.Estate.Sandbox.Scenarios;
using SreBot.Shared.Estate.Sandbox.State;

namespace SreBot.Shared.Estate.Sandbox.Simulation;

/// <summary>Builds the <see cref="SandboxWorld"/> for the current time from the configured scenario and the persisted operations.</summary>
internal sealed class SandboxWorldFactory(
    IOptions<SandboxOptions> options,
    SandboxScenarioCatalog scenarios,
    SandboxResourceCatalog catalog,
    ISandboxOperationStore store,
    TimeProvider time)
{
    private readonly SandboxScenario _scenario = scenarios.Get(options.Value.Scenario);
    private readonly IReadOnlyList<SandboxLogLine> _extraLogLines = [.. options.Value.ExtraLogLines];

    public async Task<SandboxWorld> CreateAsync(CancellationToken cancellationToken)
    {
        var operations = await store.ReadAsync(cancellationToken);
        return new SandboxWorld(time.GetUtcNow(), _scenario, catalog, operations.Operations, _extraLogLines);
    }
}
