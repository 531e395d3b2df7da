using System.Globalization;
using System.Text.Json;
using SreBot.Bot.Cards.Actions;
using SreBot.Bot.Cards.Elements;
using SreBot.Shared.Approvals;
using SreBot.Shared.Scope;

namespace SreBot.Bot.Cards.Templates;

/// <summary>
/// Approval cards with Teams user-specific views. <see cref="Base"/> is what the conversation sees; while the approval
/// is pending its <c>refresh</c> asks Teams to fetch, for each approver in the list, the <see cref="ForApprover"/> view,
/// which adds the exact arguments, an optional comment box and Approve and Reject. Every action carries the approval id and
/// nothing else (the comment box's value is added by Teams under <see cref="ApprovalVerbs.CommentInputId"/>): the bot looks the
/// approval up and checks the caller, so a card can never make SreBot run anything that was not approved.
/// </summary>
/// <remarks>
/// Layout, verdict first: the action in words ("Restart app-checkout-api") with the status in its colour; who asked, the target
/// (name and resource group), the reason and the finding that motivated it; the expiry countdown while pending; after the
/// decision who decided, when, their comment and the outcome. Every value from outside (reason, requester, resource ids,
/// motivation, decider, comment, result, arguments) is a <see cref="TextRun"/> in a <see cref="RichTextBlock"/>, which Teams
/// never parses as Markdown; <see cref="TextBlock"/> carries only SreBot's own wording. Relative times are computed from the
/// <c>now</c> passed in (a TimeProvider's), so a card is the same for the same state and time.
/// </remarks>
public static class ApprovalCard
{
    public const int MaxResultLength = 1000;

    private const string RestartTool = "resource_restart";
    private const string ScaleTool = "resource_scale";

    /// <summary>The view for everyone. Carries a refresh for <paramref name="approverUserIds"/> (Teams MRIs) only while pending.</summary>
    /// <param name="now">The time the card is built at, for "expires in …" and "… min ago".</param>
    public static AdaptiveCard Base(Approval approval, IReadOnlyList<string> approverUserIds, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(approval);
        ArgumentNullException.ThrowIfNull(approverUserIds);
        return new AdaptiveCard
        {
            Body = [.. Body(approval, now, approverView: false)],
            Refresh = approval.Status == ApprovalStatus.Pending
                ? new Refresh(new ExecuteAction("Refresh", ApprovalVerbs.Refresh, ApprovalData(approval)), approverUserIds)
                : null,
            MsTeams = TeamsCardProperties.FullWidth,
        };
    }

    /// <summary>
    /// The view for an approver (the answer to the refresh): the base view, and while pending the exact arguments, an optional
    /// comment (at most <see cref="ApprovalWorkflow.MaxCommentLength"/> characters, the limit the workflow keeps) and Approve and
    /// Reject. Pass <paramref name="approverUserIds"/> to keep the refresh, so a later edit of the message refreshes again.
    /// </summary>
    public static AdaptiveCard ForApprover(Approval approval, DateTimeOffset now, IReadOnlyList<string>? approverUserIds = null)
    {
        var card = Base(approval, approverUserIds ?? [], now);
        if (approval.Status != ApprovalStatus.Pending)
        {
            return card;
        }

        return card with { Body = [.. Body(approval, now, approverView: true)] };
    }

    /// <summary>A one-line card, e.g. to answer an action on an approval that no longer exists.</summary>
    public static AdaptiveCard Message(string text) => new() { Body = [CardParts.Text(text)] };

    /// <summary>The action in words: "Restart app-checkout-api", "Scale app-checkout-api to 4 instances", else "tool on name".</summary>
    public static string ActionInWords(Approval approval)
    {
        ArgumentNullException.ThrowIfNull(approval);
        var name = TargetName(approval.TargetResourceId);
        return approval.Tool switch
        {
            RestartTool => $"Restart {name}",
            ScaleTool when InstanceCount(approval.Arguments) is { } count => string.Create(CultureInfo.InvariantCulture, $"Scale {name} to {count} {(count == 1 ? "instance" : "instances")}"),
            ScaleTool => $"Scale {name}",
            _ => $"{approval.Tool} on {name}",
        };
    }

    private static Dictionary<string, string> ApprovalData(Approval approval) => new() { [ApprovalVerbs.ApprovalIdKey] = approval.Id };

    // Verdict first: what, its status and deadline, who asked, on what, why; for an approver deciding, the comment box and the
    // buttons next (inside the first screen on a phone), then what they need to check: the exact arguments and the ids.
    private static IEnumerable<CardElement> Body(Approval approval, DateTimeOffset now, bool approverView)
    {
        var status = ApprovalStatusView.For(approval.Status);
        yield return new ColumnSet(
        [
            new Column([new RichTextBlock([new TextRun(ActionInWords(approval), 200) { Size = TextSize.Large, Weight = TextWeight.Bolder }])])
            {
                Width = ColumnWidth.Stretch,
                VerticalContentAlignment = VerticalAlignment.Center,
            },
            new Column([TextBlock.Markdown(status.Label) with { Weight = TextWeight.Bolder }])
            {
                Width = ColumnWidth.Auto,
                Style = status.Style,
                VerticalContentAlignment = VerticalAlignment.Center,
            },
        ]);
        if (approval.Status != ApprovalStatus.Pending)
        {
            yield return TextBlock.Markdown(status.Explanation) with { Spacing = Spacing.Small, IsSubtle = true };
        }

        // A run, not Markdown: the brackets and digits need no escaping there.
        yield return new RichTextBlock([new TextRun(Deadline(approval, now), 100) { Weight = approval.Status == ApprovalStatus.Pending ? TextWeight.Bolder : null }])
        {
            Spacing = Spacing.Small,
        };

        yield return CardParts.Labelled("Requested by", $"{approval.RequestedBy}, {CardTime.Relative(approval.CreatedAt, now)}", 240) with { Spacing = Spacing.Small };
        yield return CardParts.Labelled("Target", Target(approval.TargetResourceId), 300);
        yield return CardParts.Labelled("Reason", approval.Reason);
        if (!string.IsNullOrWhiteSpace(approval.Motivation))
        {
            yield return CardParts.Labelled("What SreBot found", approval.Motivation, ApprovalWorkflow.MaxMotivationLength);
        }

        if (approverView && approval.Status == ApprovalStatus.Pending)
        {
            foreach (var element in Decide(approval))
            {
                yield return element;
            }
        }

        foreach (var element in Decision(approval, now).Concat(Outcome(approval)))
        {
            yield return element;
        }

        if (approverView && approval.Status == ApprovalStatus.Pending)
        {
            foreach (var element in Arguments(approval))
            {
                yield return element;
            }
        }

        yield return new RichTextBlock([
            new TextRun("Requested at: ", 20) { IsSubtle = true, Size = TextSize.Small },
            new TextRun(CardTime.Format(approval.CreatedAt), 40) { IsSubtle = true, Size = TextSize.Small },
        ]) { Spacing = Spacing.Medium, Separator = true };
        yield return new RichTextBlock([
            new TextRun("Resource id: ", 20) { IsSubtle = true, Size = TextSize.Small },
            new TextRun(approval.TargetResourceId, 600) { IsSubtle = true, Size = TextSize.Small },
        ]) { Spacing = Spacing.None };
        yield return new RichTextBlock([
            new TextRun("Approval id: ", 20) { IsSubtle = true, Size = TextSize.Small },
            new TextRun(approval.Id, 100) { IsSubtle = true, Size = TextSize.Small },
        ]) { Spacing = Spacing.None };
    }

    // "Expires in 14 min (10:46 UTC)" while pending; when it lapsed; or that it no longer waits.
    private static string Deadline(Approval approval, DateTimeOffset now) => approval.Status switch
    {
        ApprovalStatus.Pending when approval.ExpiresAt > now => $"Expires {CardTime.Relative(approval.ExpiresAt, now)} ({CardTime.Clock(approval.ExpiresAt, now)})",
        ApprovalStatus.Pending or ApprovalStatus.Expired => $"Expired {CardTime.Relative(approval.ExpiresAt, now)} ({CardTime.Format(approval.ExpiresAt)})",
        _ => $"Would have expired at {CardTime.Format(approval.ExpiresAt)}",
    };

    private static IEnumerable<CardElement> Decision(Approval approval, DateTimeOffset now)
    {
        if (approval.DecidedBy is not null || approval.DecidedAt is not null)
        {
            yield return CardParts.Heading(approval.Status == ApprovalStatus.Rejected ? "Rejected" : "Approved");
            var when = approval.DecidedAt is { } at ? $"{CardTime.Relative(at, now)} ({CardTime.Format(at)})" : "—";
            yield return CardParts.Labelled("By", approval.DecidedBy, 200);
            yield return CardParts.Labelled("When", when, 100);
            if (!string.IsNullOrWhiteSpace(approval.DecisionComment))
            {
                yield return CardParts.Labelled("Comment", approval.DecisionComment, ApprovalWorkflow.MaxCommentLength);
            }
        }
        else if (approval.Status == ApprovalStatus.Cancelled && approval.History.LastOrDefault(e => e.Kind == "cancelled") is { } cancelled)
        {
            yield return CardParts.Heading("Cancelled");
            yield return CardParts.Labelled("By", cancelled.Actor, 200);
            yield return CardParts.Labelled("When", $"{CardTime.Relative(cancelled.At, now)} ({CardTime.Format(cancelled.At)})", 100);
            if (!string.IsNullOrWhiteSpace(cancelled.Comment))
            {
                yield return CardParts.Labelled("Why", cancelled.Comment);
            }
        }
    }

    // The outcome of a decided request: executed or failed with its result, or interrupted.
    private static IEnumerable<CardElement> Outcome(Approval approval)
    {
        var label = approval.Status switch
        {
            ApprovalStatus.Executed => "Outcome: executed",
            ApprovalStatus.Failed => "Outcome: failed",
            ApprovalStatus.Interrupted => "Outcome: interrupted",
            ApprovalStatus.Rejected => "Outcome: rejected, not run",
            ApprovalStatus.Expired => "Outcome: expired, not run",
            ApprovalStatus.Cancelled => "Outcome: cancelled, not run",
            _ => null,
        };
        if (label is null)
        {
            yield break;
        }

        yield return CardParts.Heading(label);
        if (!string.IsNullOrWhiteSpace(approval.Result))
        {
            yield return new RichTextBlock([new TextRun(approval.Result, MaxResultLength) { FontType = FontType.Monospace, Size = TextSize.Small }]);
        }
    }

    // The optional comment (at most the limit the workflow keeps; Teams adds its value to the clicked button's data) and the buttons.
    private static IEnumerable<CardElement> Decide(Approval approval)
    {
        yield return new InputText(ApprovalVerbs.CommentInputId, ApprovalWorkflow.MaxCommentLength)
        {
            Placeholder = "Comment (optional): why you approve or reject",
            Spacing = Spacing.Medium,
        };
        yield return new ActionSet(
        [
            new ExecuteAction("Approve", ApprovalVerbs.Approve, ApprovalData(approval)) { Style = ActionStyle.Positive },
            new ExecuteAction("Reject", ApprovalVerbs.Reject, ApprovalData(approval)) { Style = ActionStyle.Destructive },
        ])
        {
            Spacing = Spacing.Small,
        };
    }

    private static IEnumerable<CardElement> Arguments(Approval approval)
    {
        yield return CardParts.Heading("Arguments: exactly what will run");
        yield return new RichTextBlock([new TextRun(approval.Arguments, MaxResultLength) { FontType = FontType.Monospace, Size = TextSize.Small }]);
    }

    private static int? InstanceCount(string arguments)
    {
        try
        {
            using var document = JsonDocument.Parse(arguments);
            return document.RootElement.ValueKind == JsonValueKind.Object
                   && document.RootElement.TryGetProperty("instanceCount", out var count) && count.TryGetInt32(out var n) ? n : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string TargetName(string targetResourceId) =>
        ResourceId.TryParse(targetResourceId, out var id, out _) ? id.Name : targetResourceId;

    private static string Target(string targetResourceId) =>
        ResourceId.TryParse(targetResourceId, out var id, out _) && id.ResourceGroup is { } group && id.Kind == ResourceIdKind.Resource
            ? $"{id.Name} in {group}"
            : TargetName(targetResourceId);
}
