namespace SreBot.Bot.Investigation;

/// <summary>
/// What an investigation found about one resource, with the evidence, ready to be shown on a card.
/// All text in it comes from tools (untrusted estate data) or from SreBot's own wording; cards show it as plain text.
/// </summary>
/// <param name="Simulated">True when the data comes from the simulated Sandbox estate.</param>
/// <param name="SourceNote">The data source's own note, e.g. "Simulated estate: …".</param>
/// <param name="HealthSummary">Resource Health's own sentence; shown once, never repeated in <paramref name="Findings"/>.</param>
/// <param name="Findings">The evidence behind the verdict, one sentence per finding with its confidence, most confident first; the verdict's sentence is not among them.</param>
/// <param name="Verdict">The conclusion the card leads with: severity, one sentence, confidence, and the remediation.</param>
public sealed record InvestigationSummary(
    string ResourceName,
    string ResourceId,
    string ResourceType,
    bool Simulated,
    string SourceNote,
    string HealthState,
    string HealthSummary,
    IReadOnlyList<MetricHighlight> Metrics,
    IReadOnlyList<LogHighlight> TopErrors,
    IReadOnlyList<ChangeHighlight> RecentChanges,
    IReadOnlyList<string> Findings,
    InvestigationVerdict Verdict);
