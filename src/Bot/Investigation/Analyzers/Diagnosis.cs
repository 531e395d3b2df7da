using System.Globalization;
using SreBot.Shared.Estate.Diagnosis;

namespace SreBot.Bot.Investigation.Analyzers;

/// <summary>
/// The findings ranked by confidence and the one conclusion drawn from them: the most confident finding that has a
/// remediation, if it reaches <see cref="Threshold"/>; otherwise "no action needed".
/// </summary>
public sealed class Diagnosis
{
    /// <summary>Below this confidence a finding is reported but never acted on.</summary>
    public const double Threshold = 0.6;

    private Diagnosis(IReadOnlyList<Finding> findings, Finding? conclusion)
    {
        Findings = findings;
        Conclusion = conclusion;
    }

    /// <summary>All findings, most confident first.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>The finding acted on, or null when no action is needed.</summary>
    public Finding? Conclusion { get; }

    public RemediationKind RemediationKind => Conclusion?.Remediation?.Kind ?? RemediationKind.None;

    public double Confidence => Conclusion?.Confidence ?? (Findings.Count == 0 ? 1 : 1 - Findings[0].Confidence);

    public string RootCause => Conclusion?.Summary
        ?? "No action needed: nothing in health, metrics, errors or recent changes points to a problem SreBot should act on.";

    /// <summary>The command or instruction to show; for no action, says so.</summary>
    public string SuggestedAction => Conclusion?.Remediation?.Action ?? "No action needed.";

    public static Diagnosis From(IEnumerable<Finding> findings)
    {
        var ranked = findings.OrderByDescending(f => f.Confidence).ThenBy(f => f.Kind, StringComparer.Ordinal).ToList();
        return new Diagnosis(ranked, ranked.FirstOrDefault(f => f.Remediation is not null && f.Confidence >= Threshold));
    }

    /// <summary>
    /// The evidence behind the verdict, one sentence per finding with its confidence: the conclusion's as "Why this conclusion",
    /// then the others. The conclusion itself (<see cref="RootCause"/>) is not among them: it is the verdict, said once.
    /// </summary>
    public IReadOnlyList<string> Sentences()
    {
        var sentences = new List<string>();
        foreach (var finding in Findings.Where(f => !ReferenceEquals(f, Conclusion) || f.Evidence.Count > 0))
        {
            var evidence = finding.Evidence.Count == 0 ? string.Empty : $" Evidence: {string.Join("; ", finding.Evidence)}.";
            var summary = ReferenceEquals(finding, Conclusion) ? "Why this conclusion" : finding.Summary.TrimEnd('.');
            sentences.Add(string.Create(CultureInfo.InvariantCulture, $"{summary} (confidence {finding.Confidence:P0}).{evidence}"));
        }

        return sentences;
    }
}
