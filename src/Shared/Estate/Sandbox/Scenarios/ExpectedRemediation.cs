namespace SreBot.Shared.Estate.Sandbox.Scenarios;

/// <summary>The kind of action a good investigation of a scenario recommends.</summary>
public enum ExpectedRemediation
{
    /// <summary>Nothing to do.</summary>
    None,

    /// <summary>Restart the faulty resource.</summary>
    Restart,

    /// <summary>Add instances to the faulty resource's scale unit.</summary>
    ScaleOut,

    /// <summary>Roll back the deployment that introduced the fault; a restart or scale-out does not help.</summary>
    RollbackDeployment,

    /// <summary>The fault is in a dependency; escalate to its owner or Azure support instead of changing the caller.</summary>
    EscalateDependency,
}
