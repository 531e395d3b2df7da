namespace SreBot.Bot.Agent;

/// <summary>A turn hit one of its limits; <see cref="Exception.Message"/> is the clear answer for the user.</summary>
public sealed class AgentLimitExceededException : Exception
{
    public AgentLimitExceededException()
    {
    }

    public AgentLimitExceededException(string message)
        : base(message)
    {
    }

    public AgentLimitExceededException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Short outcome code for the audit record, e.g. <c>limit:tokens-per-turn</c>.</summary>
    public string Outcome { get; init; } = "limit";
}
