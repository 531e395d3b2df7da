namespace SreBot.Shared.Audit;

/// <summary>Decision values recorded in the audit log.</summary>
public static class AuditDecisions
{
    public const string Allow = "allow";
    public const string Deny = "deny";
    public const string Pending = "pending";
    public const string None = "none";
}
