using System.Globalization;
using SreBot.Bot.Investigation.Analyzers;
using SreBot.Shared.Estate.Diagnosis;

namespace SreBot.Bot.Investigation;

/// <summary>The one conclusion of an investigation, as the card leads with it.</summary>
/// <param name="Severity">The colour of the resource's state.</param>
/// <param name="Sentence">One sentence of diagnosis (the conclusion's summary, or "No action needed: …"). Names the resource, so it is untrusted text.</param>
/// <param name="Confidence">0 to 1: how sure the diagnosis is.</param>
/// <param name="Remediation">The fix: <see cref="RemediationKind.Restart"/> and <see cref="RemediationKind.ScaleOut"/> SreBot can request; the others are instructions.</param>
/// <param name="SuggestedAction">The command to send, or the instruction when SreBot cannot do it, or "No action needed.".</param>
/// <param name="InstanceCount">For <see cref="RemediationKind.ScaleOut"/>: the instance count proposed.</param>
public sealed record InvestigationVerdict(
    VerdictSeverity Severity, string Sentence, double Confidence, RemediationKind Remediation, string SuggestedAction, int? InstanceCount = null)
{
    /// <summary>True for a fix SreBot can request (restart, scale out); false for rollback, escalation and no action.</summary>
    public bool CanRequest => Remediation is RemediationKind.Restart || (Remediation is RemediationKind.ScaleOut && InstanceCount is > 0);

    /// <summary>The sentence with its confidence, "… a memory leak. (confidence 90 %)", as traces and incidents keep it.</summary>
    public string Statement => string.Create(CultureInfo.InvariantCulture, $"{Sentence} (confidence {Confidence:P0})");

    /// <summary>What the investigation trace keeps as its conclusion.</summary>
    public string TraceConclusion => $"Suggested action: {SuggestedAction}";

    /// <summary>The verdict of <paramref name="diagnosis"/> for a resource whose Resource Health is <paramref name="healthState"/>.</summary>
    public static InvestigationVerdict From(Diagnosis diagnosis, string healthState)
    {
        ArgumentNullException.ThrowIfNull(diagnosis);
        var unavailable = string.Equals(healthState, "Unavailable", StringComparison.OrdinalIgnoreCase);
        var degraded = string.Equals(healthState, "Degraded", StringComparison.OrdinalIgnoreCase);
        var severity = unavailable || (degraded && diagnosis.Conclusion is not null) ? VerdictSeverity.Critical
            : degraded || diagnosis.Conclusion is not null ? VerdictSeverity.Warning
            : VerdictSeverity.Ok;
        return new InvestigationVerdict(
            severity,
            diagnosis.RootCause,
            diagnosis.Confidence,
            diagnosis.RemediationKind,
            diagnosis.SuggestedAction,
            diagnosis.Conclusion?.Remediation?.InstanceCount);
    }
}
