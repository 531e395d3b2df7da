using SreBot.Shared.Scope;

namespace SreBot.Shared.Estate.Sandbox.Catalog;

/// <summary>A resource a web app calls, and the share of its requests that need it.</summary>
internal sealed record SandboxDependency(ResourceId Target, double RequestShare);
