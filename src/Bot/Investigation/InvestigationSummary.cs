namespace SreBot.Bot.Investigation;

/// <summary>
/// What an investigation found about one resource, with the evidence, ready to be shown on a card.
/// All text in it comes from tools (untrusted estate data) or from SreBot's own wording; cards show it as plain text.
/// </summary>
/// <param name="Simulated">True when the data comes from the simulated Sandbox estate.</param>
/// <param name="SourceNote">The data source's own note, e.g. "Simulated estate: …".</param>
/// <param name="Findings">Plain sentences, most important first, e.g. "Memory working set rose from 0.9 GB to 3.1 GB in the last hour."</param>
/// <param name="SuggestedAction">A remediation the bot can request, e.g. "restart app-checkout-api", or null.</param>
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
    string? SuggestedAction);
