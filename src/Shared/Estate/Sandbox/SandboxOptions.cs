using System.ComponentModel.DataAnnotations;
using SreBot.Shared.Estate.Sandbox.Scenarios;

namespace SreBot.Shared.Estate.Sandbox;

/// <summary>Settings of the simulated estate (section <c>Estate:Sandbox</c>).</summary>
public sealed class SandboxOptions
{
    public const string SectionName = "Estate:Sandbox";

    /// <summary>The story the estate tells; one of <see cref="SandboxScenarioNames"/>.</summary>
    [Required]
    public string Scenario { get; set; } = SandboxScenarioNames.CheckoutMemoryLeak;

    /// <summary>Resource group names on which SreBot's simulated identity is denied write access, on top of the estate's own role assignments.</summary>
    public List<string> DeniedWriteResourceGroups { get; set; } = [];

    /// <summary>Log lines of your own, written into the named resources' logs like any other line.</summary>
    public List<SandboxLogLine> ExtraLogLines { get; set; } = [];
}
