using Microsoft.Extensions.AI;
using SreBot.Bot.Agent.Storage;

namespace SreBot.Bot.Agent;

/// <summary>
/// Sits under function invocation, so it sees every request the turn makes to the model: refuses one when the turn or the
/// user's day has no tokens left, and counts each response's tokens (persisting the day's total at once).
/// </summary>
public sealed class BudgetChatClient(IChatClient inner, TurnBudget budget, ILlmUsageStore usage, TimeProvider time) : DelegatingChatClient(inner)
{
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        budget.EnsureTokensLeft();
        var response = await base.GetResponseAsync(messages, options, cancellationToken);
        var input = response.Usage?.InputTokenCount ?? 0;
        var output = response.Usage?.OutputTokenCount ?? 0;
        budget.AddTokens(input, output);
        await usage.AddAsync(budget.UserId, time.GetUtcNow(), input + output, cancellationToken);
        return response;
    }

    public override IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
        => throw new NotSupportedException("The agent loop does not stream.");
}
