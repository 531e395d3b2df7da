using System.Text.Json;
using SreBot.Bot.Investigation.Analyzers;

namespace SreBot.Bot.Investigation;

/// <summary>What one <see cref="InvestigationRun"/> came to.</summary>
/// <param name="Summary">The investigation's summary, or null when the resource was not found or the investigation was refused.</param>
/// <param name="Problem">Why there is no summary.</param>
/// <param name="TraceId">The trace saved in the thread, whatever the outcome.</param>
/// <param name="Card">The card to show: the summary, or an error card with the problem.</param>
/// <param name="CardSummary">A short line for the thread, standing for the card.</param>
/// <param name="Diagnosis">The findings and the conclusion behind the summary (root cause, culprit, remediation), when there is a summary.</param>
public sealed record InvestigationRunResult(InvestigationSummary? Summary, string? Problem, string TraceId, JsonElement Card, string CardSummary, Diagnosis? Diagnosis = null);
