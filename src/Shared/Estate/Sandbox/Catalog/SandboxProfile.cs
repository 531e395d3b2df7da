namespace SreBot.Shared.Estate.Sandbox.Catalog;

/// <summary>The workload parameters a resource type's simulation needs (requests, CPU, memory).</summary>
internal abstract record SandboxProfile;
