namespace SreBot.Shared.Approvals;

/// <summary>What the call path hands over when a write tool is called in Privileged mode.</summary>
/// <param name="RequesterRoles">Every role the requester held when asking.</param>
/// <param name="RevocableRoles">Those of <paramref name="RequesterRoles"/> that SreBot's local role table granted at that moment: at execution
/// each still counts only if the table still grants it (see <see cref="Approval.RequesterRolesNow"/>).</param>
public sealed record ApprovalRequest(
    string Tool,
    string Arguments,
    string TargetResourceId,
    string Reason,
    string RequestedBy,
    IReadOnlyList<string> RequesterRoles,
    IReadOnlyList<string> RevocableRoles);
