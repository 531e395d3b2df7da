namespace SreBot.Shared.Estate.Azure.Permissions;

/// <summary>One entry of <c>Microsoft.Authorization/permissions</c>: the actions one role assignment grants at a scope, minus its notActions.</summary>
public sealed record ArmPermission(IReadOnlyList<string> Actions, IReadOnlyList<string> NotActions);
