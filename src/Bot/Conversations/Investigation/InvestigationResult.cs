namespace SreBot.Bot.Conversations.Investigation;

/// <summary>The summary, or why the investigation could not run (e.g. refused by policy).</summary>
public sealed record InvestigationResult(InvestigationSummary? Summary, string? Problem)
{
    public static InvestigationResult Failed(string problem) => new(null, problem);
}
