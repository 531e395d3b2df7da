using Microsoft.Extensions.Logging;
using SreBot.Bot.Activities;
using SreBot.Shared.Approvals;
using SreBot.Shared.Conversations;
using SreBot.Shared.Identity;

namespace SreBot.Bot.Conversations;

/// <summary>
/// Approval cards in chat: sends them, remembers which messages show which approval, picks the view for a person
/// (only someone who may decide gets Approve/Reject), and updates every message when <see cref="ApprovalCardUpdater"/> is told
/// the approval changed. Everything goes out through the <see cref="ConversationSender"/>.
/// </summary>
public sealed partial class ApprovalCards(
    ApprovalWorkflow workflow,
    IConversationStore conversations,
    ILocalRoleStore roles,
    ChatCards cards,
    ConversationSender sender,
    ILogger<ApprovalCards> logger)
{
    /// <summary>
    /// Posts the card in the conversation where it was asked for, and in each approver's one-to-one chat with SreBot
    /// (other than that one), so the people who can decide hear about it wherever they talk to SreBot.
    /// </summary>
    public async Task SendAsync(TurnContext turn, string approvalId, CancellationToken cancellationToken)
    {
        var approval = await workflow.GetAsync(approvalId, cancellationToken) ?? throw new InvalidOperationException("The approval just created was not found.");
        var activityId = await turn.SendCardAsync(cards.Approval(approval, await ApproverChannelIdsAsync(cancellationToken)), $"approval {approvalId}", cancellationToken);
        if (activityId is not null)
        {
            await conversations.RecordApprovalCardAsync(approvalId, turn.Conversation, activityId, cancellationToken);
        }

        var approvers = (await ApproversAsync(cancellationToken)).Where(id => !string.Equals(id, approval.RequestedBy, StringComparison.Ordinal));
        foreach (var chat in await conversations.PersonalConversationsAsync(approvers, cancellationToken))
        {
            if (chat.Conversation.ThreadId != turn.Conversation.ThreadId)
            {
                await NotifyAsync(chat, approval, cancellationToken);
            }
        }
    }

    /// <summary>Shows the approval's card in this conversation, in the view the caller is entitled to, and remembers the message so it is updated and its buttons count here.</summary>
    public async Task ShowAsync(TurnContext turn, Approval approval, ChatCaller caller, CancellationToken cancellationToken)
    {
        var activityId = await turn.SendCardAsync(await ViewForAsync(approval, caller, cancellationToken), $"approval {approval.Id}", cancellationToken);
        if (activityId is not null)
        {
            await conversations.RecordApprovalCardAsync(approval.Id, turn.Conversation, activityId, cancellationToken);
        }
    }

    /// <summary>The card a person sees: the approver view when they may decide it now, otherwise the shared view.</summary>
    public async Task<System.Text.Json.JsonElement> ViewForAsync(Approval approval, ChatCaller caller, CancellationToken cancellationToken)
        => CanDecide(approval, caller)
            ? cards.ApprovalForApprover(approval)
            : cards.Approval(approval, approval.Status == ApprovalStatus.Pending ? await ApproverChannelIdsAsync(cancellationToken) : []);

    /// <summary>Shows the approval's current state on every message that carries its card. Failures are logged, not thrown.</summary>
    public async Task UpdateAllAsync(Approval approval, CancellationToken cancellationToken)
    {
        var card = cards.Approval(approval, approval.Status == ApprovalStatus.Pending ? await ApproverChannelIdsAsync(cancellationToken) : []);
        foreach (var message in await conversations.ApprovalCardsAsync(approval.Id, cancellationToken))
        {
            try
            {
                await sender.UpdateAsync(
                    message.Conversation,
                    message.ActivityId,
                    Activity.CardMessage(card),
                    cancellationToken);
            }
            catch (Exception exception) when (exception is HttpRequestException or InvalidOperationException)
            {
                LogUpdateFailed(logger, exception, approval.Id);
            }
        }
    }

    private async Task NotifyAsync(PersonalConversation chat, Approval approval, CancellationToken cancellationToken)
    {
        try
        {
            var card = cards.Approval(approval, [chat.ChannelAccountId]);
            var id = await sender.SendAsync(
                chat.Conversation,
                Activity.CardMessage(card),
                replyToId: null,
                $"[card] approval {approval.Id}",
                cancellationToken);
            if (id is not null)
            {
                await conversations.RecordApprovalCardAsync(approval.Id, chat.Conversation, id, cancellationToken);
            }
        }
        catch (Exception exception) when (exception is HttpRequestException or InvalidOperationException)
        {
            LogNotifyFailed(logger, exception, approval.Id);
        }
    }

    private static bool CanDecide(Approval approval, ChatCaller caller)
        => approval.Status == ApprovalStatus.Pending
           && caller.Identity.HasRole(Roles.Approver)
           && !string.Equals(caller.Identity.UserId, approval.RequestedBy, StringComparison.Ordinal);

    private async Task<IReadOnlyList<string>> ApproverChannelIdsAsync(CancellationToken cancellationToken)
        => await conversations.ChannelAccountIdsAsync(await ApproversAsync(cancellationToken), cancellationToken);

    private async Task<IEnumerable<string>> ApproversAsync(CancellationToken cancellationToken)
        => (await roles.ListAsync(cancellationToken)).Where(a => a.Value.Contains(Roles.Approver)).Select(a => a.Key);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not send an approval card for {ApprovalId} to an approver")]
    private static partial void LogNotifyFailed(ILogger logger, Exception exception, string approvalId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not update an approval card for {ApprovalId}")]
    private static partial void LogUpdateFailed(ILogger logger, Exception exception, string approvalId);
}
