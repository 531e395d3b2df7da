namespace SreBot.Shared.AgentAccess;

/// <summary>
/// A setting of the agent someone changed: <paramref name="Change"/> is <c>mode</c> (the access mode they set) or
/// <c>resourceGroupAdded</c> (the resource group they associated), with its value and when.
/// </summary>
public sealed record AgentChange(string Change, string Value, DateTimeOffset? At);
