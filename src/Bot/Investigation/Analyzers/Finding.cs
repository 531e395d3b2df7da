namespace SreBot.Bot.Investigation.Analyzers;

/// <summary>What one analyzer concluded from the evidence.</summary>
/// <param name="Kind">The analyzer's signal, e.g. <c>memory-leak</c>.</param>
/// <param name="Summary">One plain sentence for people.</param>
/// <param name="Evidence">The observations behind it, e.g. "MemoryWorkingSet 1.51 GB → 4.97 GB".</param>
/// <param name="Confidence">0 to 1: how sure the analyzer is that this explains the incident.</param>
/// <param name="Remediation">The fix it points to, or null for a symptom without a fix of its own.</param>
public sealed record Finding(string Kind, string Summary, IReadOnlyList<string> Evidence, double Confidence, SuggestedRemediation? Remediation);
