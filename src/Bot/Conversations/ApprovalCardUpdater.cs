using SreBot.Shared.Approvals;

namespace SreBot.Bot.Conversations;

/// <summary>
/// The Teams side of <see cref="IApprovalEvents"/>: after every change of an approval's state, wherever it was made (a card,
/// the API, the expiry sweep, a switch to Reader mode, a change of the requester's roles), every message that carries its
/// card is updated to show it. The sweep runs outside any request, so each update gets its own scope (the connector
/// client is a typed HttpClient).
/// </summary>
public sealed class ApprovalCardUpdater(IServiceScopeFactory scopes) : IApprovalEvents
{
    public async Task ChangedAsync(Approval approval, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ApprovalCards>().UpdateAllAsync(approval, cancellationToken);
    }
}
