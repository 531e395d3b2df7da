using SreBot.Shared.Approvals;

namespace SreBot.Bot.Conversations.Commands;

/// <summary><c>approvals</c>: the pending requests, each as its card in the view the caller is entitled to.</summary>
public sealed class ApprovalsCommand(ApprovalWorkflow workflow, ApprovalCards approvalCards) : IChatCommandHandler
{
    private const int MaxShown = 5;

    public IReadOnlyCollection<string> Names { get; } = [ChatCommand.Approvals];

    public async Task HandleAsync(TurnContext turn, ChatCaller caller, ChatCommand command, CancellationToken cancellationToken)
    {
        var pending = await workflow.ListAsync(ApprovalStatus.Pending, MaxShown + 1, cancellationToken);
        if (pending.Count == 0)
        {
            await turn.SendTextAsync("No approval requests are pending.", cancellationToken);
            return;
        }

        foreach (var approval in pending.Take(MaxShown))
        {
            await approvalCards.ShowAsync(turn, approval, caller, cancellationToken);
        }

        if (pending.Count > MaxShown)
        {
            await turn.SendTextAsync($"Showing the newest {MaxShown}; see GET /api/v1/approvals?status=Pending for all.", cancellationToken);
        }
    }
}
