namespace SreBot.Shared.Estate.Diagnosis;

/// <summary>
/// The kind of fix a diagnosis points to, whatever the estate: the investigator's analyzers name one, and the Sandbox's
/// scenarios say which one a correct investigation reaches.
/// </summary>
public enum RemediationKind
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
