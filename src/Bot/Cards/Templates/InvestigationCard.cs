using SreBot.Bot.Cards.Elements;
using SreBot.Bot.Investigation;

namespace SreBot.Bot.Cards.Templates;

/// <summary>
/// What an investigation found about one resource: health, findings, metrics, top errors, recent changes and the
/// suggested action. Every string of the summary is estate or model text and goes in as plain text. No buttons:
/// a remediation is requested through the approval flow, which sends its own card.
/// </summary>
public static class InvestigationCard
{
    public const int MaxMetrics = 12;
    public const int MaxErrors = 5;
    public const int MaxErrorLength = 400;

    public static AdaptiveCard Create(InvestigationSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        List<CardElement> body = [.. Header(summary), .. Health(summary), .. Findings(summary.Findings), .. Metrics(summary.Metrics),
            .. TopErrors(summary.TopErrors), .. RecentChanges(summary.RecentChanges), .. SuggestedAction(summary.SuggestedAction)];
        return new AdaptiveCard { Body = body, MsTeams = TeamsCardProperties.FullWidth };
    }

    private static IEnumerable<CardElement> Header(InvestigationSummary summary)
    {
        if (summary.Simulated)
        {
            yield return CardParts.Badge("SIMULATED DATA", ContainerStyle.Warning);
        }

        yield return CardParts.Title($"Investigation: {summary.ResourceName}");
        yield return CardParts.Subtle($"{summary.ResourceType} · {summary.ResourceId}");
        if (!string.IsNullOrWhiteSpace(summary.SourceNote))
        {
            yield return CardParts.Subtle(summary.SourceNote) with { Color = summary.Simulated ? TextColor.Warning : null };
        }
    }

    private static IEnumerable<CardElement> Health(InvestigationSummary summary)
    {
        yield return TextBlock.Plain($"Health: {summary.HealthState}", 100) with
        {
            Weight = TextWeight.Bolder,
            Color = HealthColor(summary.HealthState),
            Spacing = Spacing.Medium,
        };
        if (!string.IsNullOrWhiteSpace(summary.HealthSummary))
        {
            yield return TextBlock.Plain(summary.HealthSummary, CardParts.MaxItemLength) with { Spacing = Spacing.Small };
        }
    }

    private static IEnumerable<CardElement> Findings(IReadOnlyList<string> findings)
    {
        yield return CardParts.Heading("Findings");
        if (findings.Count == 0)
        {
            yield return TextBlock.Plain("Nothing stood out.") with { IsSubtle = true };
            yield break;
        }

        foreach (var finding in findings.Take(CardParts.MaxListItems))
        {
            yield return CardParts.Bullet(finding);
        }

        foreach (var more in CardParts.More(findings.Count, CardParts.MaxListItems))
        {
            yield return more;
        }
    }

    private static IEnumerable<CardElement> Metrics(IReadOnlyList<MetricHighlight> metrics)
    {
        if (metrics.Count == 0)
        {
            yield break;
        }

        yield return CardParts.Heading("Metrics, first → last");
        yield return new FactSet([.. metrics.Take(MaxMetrics).Select(m => new Fact(m.Name, MetricText.Describe(m)))]);
        foreach (var more in CardParts.More(metrics.Count, MaxMetrics))
        {
            yield return more;
        }
    }

    private static IEnumerable<CardElement> TopErrors(IReadOnlyList<LogHighlight> errors)
    {
        if (errors.Count == 0)
        {
            yield break;
        }

        yield return CardParts.Heading("Top errors");
        foreach (var error in errors.Take(MaxErrors))
        {
            yield return new ColumnSet(
            [
                new Column([TextBlock.Plain($"{error.Count:N0}×") with { Weight = TextWeight.Bolder, Color = TextColor.Attention }])
                {
                    Width = ColumnWidth.Auto,
                },
                new Column([TextBlock.Plain(error.Message, MaxErrorLength) with { FontType = FontType.Monospace, Size = TextSize.Small }])
                {
                    Width = ColumnWidth.Stretch,
                },
            ])
            {
                Spacing = Spacing.Small,
            };
        }

        foreach (var more in CardParts.More(errors.Count, MaxErrors))
        {
            yield return more;
        }
    }

    private static IEnumerable<CardElement> RecentChanges(IReadOnlyList<ChangeHighlight> changes)
    {
        if (changes.Count == 0)
        {
            yield break;
        }

        yield return CardParts.Heading("Recent changes");
        yield return new FactSet(
            [.. changes.Take(CardParts.MaxListItems).Select(c => new Fact(CardTime.Format(c.Time), $"{c.Operation} ({c.Status}) by {c.Caller}"))]);
        foreach (var more in CardParts.More(changes.Count, CardParts.MaxListItems))
        {
            yield return more;
        }
    }

    private static IEnumerable<CardElement> SuggestedAction(string? suggestedAction)
    {
        if (string.IsNullOrWhiteSpace(suggestedAction))
        {
            yield break;
        }

        yield return CardParts.Heading("Suggested action");
        yield return TextBlock.Plain(suggestedAction, CardParts.MaxItemLength);
    }

    private static TextColor HealthColor(string state) => state.Trim().ToUpperInvariant() switch
    {
        "HEALTHY" or "AVAILABLE" or "OK" => TextColor.Good,
        "DEGRADED" or "WARNING" or "UNKNOWN" => TextColor.Warning,
        "UNHEALTHY" or "UNAVAILABLE" or "CRITICAL" or "DOWN" or "FAILED" => TextColor.Attention,
        _ => TextColor.Default,
    };
}
