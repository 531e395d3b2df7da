namespace SreBot.Shared.Estate.Sandbox.Scenarios;

/// <summary>
/// A story the sandbox estate tells: zero or more incidents placed relative to the current time, and the finding a
/// correct investigation reaches.
/// </summary>
public sealed class SandboxScenario
{
    internal SandboxScenario(string name, string description, ExpectedFinding expectedFinding, IReadOnlyList<SandboxIncident> incidents)
    {
        Name = name;
        Description = description;
        ExpectedFinding = expectedFinding;
        Incidents = incidents;
    }

    public string Name { get; }

    /// <summary>For people choosing a scenario; never shown to the model investigating it.</summary>
    public string Description { get; }

    public ExpectedFinding ExpectedFinding { get; }

    internal IReadOnlyList<SandboxIncident> Incidents { get; }

    public override string ToString() => Name;
}
