namespace SreBot.Shared.Approvals;

/// <summary>
/// A write action waiting for, or past, a human decision. <see cref="Arguments"/> is the canonical JSON of the
/// tool arguments as requested; only these ever run. <see cref="BindingHash"/> binds tool, arguments, target and
/// requester so that a stored approval cannot be replayed for anything else.
/// </summary>
/// <remarks>
/// The requester's roles have two sources: those that cannot be revoked inside SreBot (a token's <c>roles</c> claim, valid when
/// the request was made; <c>Bot:Admins</c>; the local-mode default roles) and those SreBot's local role table grants, which an
/// admin can remove at any time. <see cref="RevocableRoles"/> records which were which, so that <see cref="RequesterRolesNow"/>
/// can tell what the requester still holds when the action runs.
/// </remarks>
public sealed record Approval(
    string Id,
    string Tool,
    string Arguments,
    string TargetResourceId,
    string Reason,
    string RequestedBy,
    IReadOnlyList<string> RequesterRoles,
    string BindingHash,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    ApprovalStatus Status,
    string? DecidedBy,
    DateTimeOffset? DecidedAt,
    string? DecisionComment,
    string? Result,
    IReadOnlyList<ApprovalEvent> History)
{
    /// <summary>The requester's roles that came from the local role table when asking; null for a request stored before this was recorded.</summary>
    public IReadOnlyList<string>? RevocableRoles { get; init; }

    /// <summary>
    /// The finding that motivated the request, in SreBot's own words (the diagnosis of the investigation whose card's button asked
    /// for it), or null for a request typed or made by a tool client. Shown to approvers; never part of the binding, never run.
    /// </summary>
    public string? Motivation { get; init; }

    /// <summary>
    /// The roles the requester holds now, for carrying out the action: a role from the local role table counts only if the table still
    /// grants it; a role from elsewhere counts as it did when asking. A request without a record of its sources treats every role as revocable.
    /// </summary>
    public IReadOnlySet<string> RequesterRolesNow(IReadOnlySet<string> tableRolesNow)
    {
        var revocable = RevocableRoles ?? RequesterRoles;
        return RequesterRoles.Where(role => !revocable.Contains(role, StringComparer.Ordinal) || tableRolesNow.Contains(role)).ToHashSet(StringComparer.Ordinal);
    }
}
