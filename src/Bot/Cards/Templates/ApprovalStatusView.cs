using SreBot.Bot.Cards.Elements;
using SreBot.Shared.Approvals;

namespace SreBot.Bot.Cards.Templates;

/// <summary>How an approval's status reads on a card.</summary>
internal sealed record ApprovalStatusView(string Label, string Explanation, ContainerStyle Style)
{
    public static ApprovalStatusView For(ApprovalStatus status) => status switch
    {
        ApprovalStatus.Pending => new("Pending", "Waiting for an approver's decision.", ContainerStyle.Warning),
        ApprovalStatus.Approved => new("Approved", "Approved; the action will run.", ContainerStyle.Accent),
        ApprovalStatus.Executing => new("Running", "Approved; the action is running.", ContainerStyle.Accent),
        ApprovalStatus.Executed => new("Done", "Approved; the action ran.", ContainerStyle.Good),
        ApprovalStatus.Failed => new("Failed", "Approved, but the action failed.", ContainerStyle.Attention),
        ApprovalStatus.Interrupted => new(
            "Interrupted", "Approved, but SreBot stopped while it ran: the outcome is unknown and it will not be retried.", ContainerStyle.Attention),
        ApprovalStatus.Rejected => new("Rejected", "Rejected; the action did not run.", ContainerStyle.Attention),
        ApprovalStatus.Expired => new("Expired", "This request expired without a decision; the action did not run.", ContainerStyle.Emphasis),
        ApprovalStatus.Cancelled => new("Cancelled", "This request was cancelled; the action did not run.", ContainerStyle.Emphasis),
        _ => new(status.ToString(), string.Empty, ContainerStyle.Emphasis),
    };
}
