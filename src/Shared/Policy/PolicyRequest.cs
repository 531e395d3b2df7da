using SreBot.Shared.Identity;

namespace SreBot.Shared.Policy;

/// <summary>Everything a policy decision depends on, gathered before the provider is called.</summary>
public sealed record PolicyRequest(CallerIdentity? Caller, ToolDescriptor Tool, ToolTarget Target, AgentScope Scope);
