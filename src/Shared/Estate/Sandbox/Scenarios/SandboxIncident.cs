namespace SreBot.Shared.Estate.Sandbox.Scenarios;

/// <summary>
/// One incident: what it does to which resources, the changes recorded around it, and the operation that ends it.
/// Offsets are relative to the incident's anchor: the current time while it is unresolved, the time of the
/// resolving operation afterwards (so its history stays put once it is fixed).
/// </summary>
/// <param name="Resolution">The operation that ends the incident; null when nothing SreBot can do ends it.</param>
internal sealed record SandboxIncident(
    string Name,
    IReadOnlyList<SandboxEffect> Effects,
    IReadOnlyList<ScriptedActivity> Activity,
    IncidentResolution? Resolution);
