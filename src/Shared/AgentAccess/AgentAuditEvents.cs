namespace SreBot.Shared.AgentAccess;

/// <summary>Audit event types for administrative changes to the agent.</summary>
public static class AgentAuditEvents
{
    public const string Mode = "agent.mode";
    public const string Scope = "agent.scope";
    public const string Roles = "agent.roles";
}
