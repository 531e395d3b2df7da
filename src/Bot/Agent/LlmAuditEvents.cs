namespace SreBot.Bot.Agent;

/// <summary>Audit event types of the agent loop.</summary>
public static class LlmAuditEvents
{
    /// <summary>One chat turn with the language model: user, model, token counts, tool calls, duration, outcome — never content.</summary>
    public const string Interaction = "llm.interaction";

    /// <summary>Someone gave 👍/👎 feedback on an answer: user, reaction, whether a comment came — never the comment.</summary>
    public const string Feedback = "llm.feedback";
}
