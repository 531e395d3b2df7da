using SreBot.Bot.Cards.Actions;
using SreBot.Bot.Cards.Elements;
using SreBot.Shared.Approvals;
using SreBot.Shared.Scope;

namespace SreBot.Bot.Cards.Templates;

/// <summary>
/// Approval cards with Teams user-specific views. <see cref="Base"/> is what the conversation sees; while the approval
/// is pending its <c>refresh</c> asks Teams to fetch, for each approver in the list, the <see cref="ForApprover"/> view,
/// which adds Approve and Reject. Every action carries the approval id and nothing else: the bot looks the approval up
/// and checks the caller, so a card can never make SreBot run anything that was not approved.
/// </summary>
public static class ApprovalCard
{
    public const int MaxResultLength = 1000;

    /// <summary>The view for everyone. Carries a refresh for <paramref name="approverUserIds"/> (Teams MRIs) only while pending.</summary>
    public static AdaptiveCard Base(Approval approval, IReadOnlyList<string> approverUserIds)
    {
        ArgumentNullException.ThrowIfNull(approval);
        ArgumentNullException.ThrowIfNull(approverUserIds);
        return new AdaptiveCard
        {
            Body = [.. Body(approval)],
            Refresh = approval.Status == ApprovalStatus.Pending
                ? new Refresh(new ExecuteAction("Refresh", ApprovalVerbs.Refresh, ApprovalData(approval)), approverUserIds)
                : null,
            MsTeams = TeamsCardProperties.FullWidth,
        };
    }

    /// <summary>
    /// The view for an approver (the answer to the refresh): the base view, the exact arguments, and while pending
    /// Approve and Reject. Pass <paramref name="approverUserIds"/> to keep the refresh, so a later edit of the message refreshes again.
    /// </summary>
    public static AdaptiveCard ForApprover(Approval approval, IReadOnlyList<string>? approverUserIds = null)
    {
        var card = Base(approval, approverUserIds ?? []);
        if (approval.Status != ApprovalStatus.Pending)
        {
            return card;
        }

        return card with
        {
            Body = [.. card.Body, .. Arguments(approval)],
            Actions =
            [
                new ExecuteAction("Approve", ApprovalVerbs.Approve, ApprovalData(approval)) { Style = ActionStyle.Positive },
                new ExecuteAction("Reject", ApprovalVerbs.Reject, ApprovalData(approval)) { Style = ActionStyle.Destructive },
            ],
        };
    }

    /// <summary>A one-line card, e.g. to answer an action on an approval that no longer exists.</summary>
    public static AdaptiveCard Message(string text) => new() { Body = [TextBlock.Plain(text, CardParts.MaxItemLength)] };

    private static Dictionary<string, string> ApprovalData(Approval approval) => new() { [ApprovalVerbs.ApprovalIdKey] = approval.Id };

    private static IEnumerable<CardElement> Body(Approval approval)
    {
        var status = ApprovalStatusView.For(approval.Status);
        yield return new ColumnSet(
        [
            new Column([CardParts.Title("Approval request")]) { Width = ColumnWidth.Stretch },
            new Column([TextBlock.Plain(status.Label, 40) with { Weight = TextWeight.Bolder }])
            {
                Width = ColumnWidth.Auto,
                Style = status.Style,
                VerticalContentAlignment = VerticalAlignment.Center,
            },
        ]);
        yield return TextBlock.Plain(status.Explanation) with { Spacing = Spacing.Small, IsSubtle = true };
        yield return new FactSet(
        [
            new Fact("Action", approval.Tool),
            new Fact("Target", TargetName(approval.TargetResourceId)),
            new Fact("Resource id", approval.TargetResourceId),
            new Fact("Reason", approval.Reason),
            new Fact("Requested by", approval.RequestedBy),
            new Fact("Created", CardTime.Format(approval.CreatedAt)),
            new Fact(approval.Status == ApprovalStatus.Expired ? "Expired" : "Expires", CardTime.Format(approval.ExpiresAt)),
            new Fact("Status", status.Label),
            new Fact("Approval id", approval.Id),
        ]);
        foreach (var element in Decision(approval).Concat(Result(approval)))
        {
            yield return element;
        }
    }

    private static IEnumerable<CardElement> Decision(Approval approval)
    {
        if (approval.DecidedBy is null && approval.DecidedAt is null)
        {
            yield break;
        }

        yield return CardParts.Heading("Decision");
        List<Fact> facts = [new("By", approval.DecidedBy ?? "—"), new("At", CardTime.Format(approval.DecidedAt))];
        if (!string.IsNullOrWhiteSpace(approval.DecisionComment))
        {
            facts.Add(new("Comment", approval.DecisionComment));
        }

        yield return new FactSet(facts);
    }

    private static IEnumerable<CardElement> Result(Approval approval)
    {
        if (string.IsNullOrWhiteSpace(approval.Result))
        {
            yield break;
        }

        yield return CardParts.Heading("Result");
        yield return TextBlock.Plain(approval.Result, MaxResultLength) with { FontType = FontType.Monospace, Size = TextSize.Small };
    }

    private static IEnumerable<CardElement> Arguments(Approval approval)
    {
        yield return CardParts.Heading("Arguments: exactly what will run");
        yield return TextBlock.Plain(approval.Arguments, MaxResultLength) with { FontType = FontType.Monospace, Size = TextSize.Small };
    }

    private static string TargetName(string targetResourceId) =>
        ResourceId.TryParse(targetResourceId, out var id, out _) ? id.Name : targetResourceId;
}
