using SreBot.Shared.Scope;

namespace SreBot.Shared.Estate.Sandbox.Scenarios;

/// <summary>An activity-log event an incident brings with it, at <paramref name="Offset"/> from the incident's anchor.</summary>
/// <param name="DeployedVersion">Set for deployments: the app restarts on this version at that moment.</param>
internal sealed record ScriptedActivity(
    ResourceId Resource,
    TimeSpan Offset,
    string Operation,
    string Caller,
    string Description,
    string Status = "Succeeded",
    string? DeployedVersion = null);
