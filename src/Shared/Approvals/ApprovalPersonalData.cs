using System.Text.Json.Nodes;
using SreBot.Shared.Privacy;

namespace SreBot.Shared.Approvals;

/// <summary>
/// Approvals the user requested, decided or took part in. In the export, other people's ids are shown as
/// <see cref="ErasedUser.OtherUser"/> and their comments left out. Erasing deletes the user's own requests (with their
/// history and card links) and, in other people's approvals, replaces the user's id with <see cref="ErasedUser.Marker"/>
/// and drops the user's comments. The audit log keeps what happened under the pseudonym.
/// </summary>
internal sealed class ApprovalPersonalData(IApprovalStore approvals) : IPersonalDataSource
{
    public string Category => "approvals";

    public async Task<JsonNode> ExportAsync(string userId, CancellationToken cancellationToken)
    {
        var list = await approvals.ListInvolvingAsync(userId, cancellationToken);
        return PersonalDataJson.From(list.Select(a => AsSeenBy(a, userId)));
    }

    public Task<int> EraseAsync(string userId, CancellationToken cancellationToken)
        => approvals.EraseUserAsync(userId, cancellationToken);

    private static Approval AsSeenBy(Approval approval, string userId)
    {
        var mine = string.Equals(approval.RequestedBy, userId, StringComparison.Ordinal);
        var decidedByMe = string.Equals(approval.DecidedBy, userId, StringComparison.Ordinal);
        return approval with
        {
            RequestedBy = ErasedUser.AsSeenBy(approval.RequestedBy, userId)!,
            RequesterRoles = mine ? approval.RequesterRoles : [],
            Arguments = mine ? approval.Arguments : "{}", // the requester's arguments hold their reason in their words
            Reason = mine ? approval.Reason : string.Empty,
            DecidedBy = ErasedUser.AsSeenBy(approval.DecidedBy, userId),
            DecisionComment = decidedByMe ? approval.DecisionComment : null,
            History = [.. approval.History.Select(e => string.Equals(e.Actor, userId, StringComparison.Ordinal)
                ? e
                : e with { Actor = ErasedUser.AsSeenBy(e.Actor, userId)!, Comment = null })],
        };
    }
}
