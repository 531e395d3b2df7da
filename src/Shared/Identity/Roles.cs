namespace SreBot.Shared.Identity;

/// <summary>The six roles SreBot knows. Values are the strings carried in the <c>roles</c> claim.</summary>
public static class Roles
{
    /// <summary>Investigates: may call read tools.</summary>
    public const string Reader = "reader";

    /// <summary>Requests remediation: may call write tools (which then wait for approval).</summary>
    public const string Operator = "operator";

    /// <summary>Decides approvals requested by someone else.</summary>
    public const string Approver = "approver";

    /// <summary>Changes mode, scope, roles, knowledge and retention; reaches anyone's data.</summary>
    public const string Admin = "admin";

    /// <summary>Queries and exports the audit log.</summary>
    public const string Auditor = "auditor";

    /// <summary>A machine sender (Alertmanager, an Azure Monitor action group): may post alerts and nothing else.</summary>
    public const string Alerts = "alerts";

    public static IReadOnlyList<string> All { get; } = [Reader, Operator, Approver, Admin, Auditor, Alerts];

    /// <summary>Roles that may investigate, i.e. call read tools.</summary>
    public static IReadOnlyList<string> Investigators { get; } = [Reader, Operator, Approver, Admin];

    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);
}
