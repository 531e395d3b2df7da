namespace SreBot.Shared.Estate.Sandbox.Simulation;

internal enum ResourceStartReason
{
    /// <summary>A restart requested through the management API (SreBot's restart operation).</summary>
    RestartRequested,

    /// <summary>A deployment swapped in a new version.</summary>
    Deployment,
}
