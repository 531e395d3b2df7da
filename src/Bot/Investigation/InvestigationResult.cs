using SreBot.Bot.Investigation.Analyzers;

namespace SreBot.Bot.Investigation;

/// <summary>The summary and the diagnosis behind it, or why the investigation could not run (e.g. refused by policy).</summary>
public sealed record InvestigationResult(InvestigationSummary? Summary, string? Problem, Diagnosis? Diagnosis = null)
{
    public static InvestigationResult Failed(string problem) => new(null, problem);
}
