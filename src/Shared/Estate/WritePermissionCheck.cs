using SreBot.Shared.Scope;

namespace SreBot.Shared.Estate;

/// <summary>Result of checking SreBot's own write permission on a resource group.</summary>
public sealed record WritePermissionCheck(ResourceId ResourceGroup, bool Allowed, string Reason);
