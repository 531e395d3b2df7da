namespace SreBot.Shared.AgentAccess;

/// <param name="PermissionRefused">Refused because SreBot's identity lacks (or could not be shown to have) write permission on the group in Privileged mode.</param>
public sealed record ScopeChangeResult(bool Succeeded, string Message, AgentState State, bool PermissionRefused = false);
