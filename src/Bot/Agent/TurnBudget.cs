namespace SreBot.Bot.Agent;

/// <summary>
/// What one turn has used: tool calls and tokens, against the turn's and the user's daily limits. Shared by the tool
/// wrappers and <see cref="BudgetChatClient"/> of one turn only; the calls of a turn run one after another.
/// </summary>
public sealed class TurnBudget(LlmOptions limits, string userId, long usedTodayBefore)
{
    private int _toolCalls;

    public string UserId { get; } = userId;

    public int ToolCalls => Volatile.Read(ref _toolCalls);

    public long InputTokens { get; private set; }

    public long OutputTokens { get; private set; }

    public long TotalTokens => InputTokens + OutputTokens;

    public bool ToolLimitReached { get; private set; }

    /// <summary>Counts one tool call; false (and <see cref="ToolLimitReached"/>) once the turn has used its calls.</summary>
    public bool TryTakeToolCall()
    {
        if (Interlocked.Increment(ref _toolCalls) > limits.MaxToolCallsPerTurn)
        {
            Interlocked.Decrement(ref _toolCalls);
            ToolLimitReached = true;
            return false;
        }

        return true;
    }

    /// <summary>Throws a limit exception with the answer for the user when the turn or the day has no tokens left.</summary>
    public void EnsureTokensLeft()
    {
        if (usedTodayBefore + TotalTokens >= limits.MaxTokensPerUserPerDay)
        {
            throw new AgentLimitExceededException(
                $"You have used your language-model allowance for today ({limits.MaxTokensPerUserPerDay:N0} tokens, Llm:MaxTokensPerUserPerDay). "
                + "It resets at midnight UTC; meanwhile the commands still work, e.g. 'investigate <resource>'.") { Outcome = "limit:tokens-per-day" };
        }

        if (TotalTokens >= limits.MaxTokensPerTurn)
        {
            throw new AgentLimitExceededException(
                $"I stopped: this question used its {limits.MaxTokensPerTurn:N0} tokens (Llm:MaxTokensPerTurn) before I had an answer. "
                + "Try a narrower question, or 'investigate <resource>'.") { Outcome = "limit:tokens-per-turn" };
        }
    }

    public void AddTokens(long input, long output)
    {
        InputTokens += Math.Max(0, input);
        OutputTokens += Math.Max(0, output);
    }

    public string ToolLimitMessage
        => $"I stopped after {limits.MaxToolCallsPerTurn} tool calls (Llm:MaxToolCallsPerTurn) without reaching an answer. "
           + "Try a narrower question, or 'investigate <resource>' for the deterministic investigation.";
}
