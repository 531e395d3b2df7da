using System.Globalization;
using SreBot.Bot.Cards.Actions;
using SreBot.Bot.Cards.Elements;
using SreBot.Bot.Investigation;
using SreBot.Shared.Estate.Diagnosis;
using SreBot.Shared.Scope;

namespace SreBot.Bot.Cards.Templates;

/// <summary>
/// What an investigation found about one resource, verdict first: the resource and its state (coloured by severity), one
/// sentence of diagnosis with its confidence, and the suggested action as buttons right under it. Everything else (health,
/// findings, metrics, top errors, recent changes) waits behind <c>Show details</c>. Every string of the summary is estate
/// text and goes into <see cref="TextRun"/>s; the buttons carry ids and numbers only.
/// </summary>
public static class InvestigationCard
{
    public const int MaxMetrics = 12;
    public const int MaxErrors = 5;
    public const int MaxErrorLength = 400;

    /// <summary>The id of the hidden container the <c>Show details</c> button toggles.</summary>
    public const string DetailsId = "details";

    public const string ShowDetailsTitle = "Show details";
    public const string PortalTitle = "Open in Azure portal";
    public const string RestartTitle = "Request restart";

    /// <param name="summary">The investigation.</param>
    /// <param name="traceId">The investigation trace, carried by the request buttons so the request names what motivated it.</param>
    /// <param name="linkToPortal">True when the estate is Azure: adds <c>Open in Azure portal</c> for a parsed ARM id.</param>
    /// <param name="now">The caller's now, for "x min ago".</param>
    public static AdaptiveCard Create(InvestigationSummary summary, string traceId, bool linkToPortal, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentException.ThrowIfNullOrWhiteSpace(traceId);
        var parsed = ResourceId.TryParse(summary.ResourceId, out var resourceId, out _) && resourceId.Kind == ResourceIdKind.Resource ? resourceId : null;
        List<CardElement> body =
        [
            .. Header(summary),
            Verdict(summary.Verdict),
            .. ButtonRows(summary.Verdict, parsed, traceId, linkToPortal),
            new Container([.. Details(summary, now)]) { Id = DetailsId, IsVisible = false, Spacing = Spacing.None },
        ];
        return new AdaptiveCard { Body = body, MsTeams = TeamsCardProperties.FullWidth };
    }

    /// <summary>The Azure portal page of a resource, in the form Azure's own alert payloads link with (<c>portalLink</c>).</summary>
    public static Uri PortalUrl(ResourceId resourceId)
    {
        ArgumentNullException.ThrowIfNull(resourceId);
        var path = string.Join('/', resourceId.Display.Split('/').Select(Uri.EscapeDataString));
        return new Uri($"https://portal.azure.com/#resource{path}");
    }

    private static IEnumerable<CardElement> Header(InvestigationSummary summary)
    {
        if (summary.Simulated)
        {
            yield return CardParts.Badge("SIMULATED DATA", ContainerStyle.Warning);
        }

        yield return new ColumnSet(
        [
            new Column([CardParts.Title(summary.ResourceName), CardParts.Subtle(summary.ResourceType)]) { Width = ColumnWidth.Stretch },
            CardParts.BadgeColumn(summary.HealthState, StateStyle(summary.Verdict.Severity)),
        ]);
    }

    private static Container Verdict(InvestigationVerdict verdict)
    {
        List<CardElement> items =
        [
            new RichTextBlock(
            [
                CardParts.Run(verdict.Sentence) with { Weight = TextWeight.Bolder },
                CardParts.Run(string.Create(CultureInfo.InvariantCulture, $" Confidence {verdict.Confidence:P0}.")) with { IsSubtle = true },
            ]),
        ];
        if (!verdict.CanRequest && verdict.Remediation != RemediationKind.None)
        {
            // SreBot cannot run a rollback or an escalation: say what to do instead of offering a button.
            items.Add(new RichTextBlock([CardParts.Run("What to do: ") with { Weight = TextWeight.Bolder }, CardParts.Run(verdict.SuggestedAction)])
            {
                Spacing = Spacing.Small,
            });
        }

        return new Container(items) { Style = ContainerStyle.Emphasis, Spacing = Spacing.Small };
    }

    // At most two buttons a row, so no title is cut at phone width: the request and Show details, then the portal link.
    private static IEnumerable<ActionSet> ButtonRows(InvestigationVerdict verdict, ResourceId? resourceId, string traceId, bool linkToPortal)
    {
        yield return new ActionSet([.. RequestButtons(verdict, resourceId, traceId), new ToggleVisibilityAction(ShowDetailsTitle, [DetailsId])]) { Spacing = Spacing.Small };
        if (resourceId is not null && linkToPortal)
        {
            yield return new ActionSet([new OpenUrlAction(PortalTitle, PortalUrl(resourceId))]) { Spacing = Spacing.Small };
        }
    }

    private static IEnumerable<CardAction> RequestButtons(InvestigationVerdict verdict, ResourceId? resourceId, string traceId)
    {
        if (resourceId is not null && verdict.CanRequest)
        {
            yield return verdict.Remediation == RemediationKind.Restart
                ? new ExecuteAction(RestartTitle, RemediationVerbs.Request, RequestData(resourceId, RemediationVerbs.RestartAction, traceId, null)) { Style = ActionStyle.Positive }
                : new ExecuteAction(ScaleTitle(verdict.InstanceCount!.Value), RemediationVerbs.Request, RequestData(resourceId, RemediationVerbs.ScaleAction, traceId, verdict.InstanceCount))
                {
                    Style = ActionStyle.Positive,
                };
        }
    }

    public static string ScaleTitle(int instanceCount) => string.Create(CultureInfo.InvariantCulture, $"Request scale to {instanceCount}");

    private static Dictionary<string, string> RequestData(ResourceId resourceId, string action, string traceId, int? instanceCount)
    {
        var data = new Dictionary<string, string>
        {
            [RemediationVerbs.ResourceIdKey] = resourceId.Display,
            [RemediationVerbs.ActionKey] = action,
            [RemediationVerbs.TraceIdKey] = traceId,
        };
        if (instanceCount is { } count)
        {
            data[RemediationVerbs.InstanceCountKey] = count.ToString(CultureInfo.InvariantCulture);
        }

        return data;
    }

    private static IEnumerable<CardElement> Details(InvestigationSummary summary, DateTimeOffset now)
    {
        yield return CardParts.Heading("Resource");
        yield return CardParts.Text(summary.ResourceId) with { Spacing = Spacing.Small };
        if (!string.IsNullOrWhiteSpace(summary.SourceNote))
        {
            yield return CardParts.Subtle(summary.SourceNote);
        }

        yield return CardParts.Heading("Resource Health");
        yield return CardParts.Row(summary.HealthState, string.IsNullOrWhiteSpace(summary.HealthSummary) ? "—" : summary.HealthSummary);
        foreach (var element in Findings(summary.Findings).Concat(Metrics(summary.Metrics)).Concat(TopErrors(summary.TopErrors)).Concat(RecentChanges(summary.RecentChanges, now)))
        {
            yield return element;
        }
    }

    private static IEnumerable<CardElement> Findings(IReadOnlyList<string> findings)
    {
        yield return CardParts.Heading("Evidence");
        if (findings.Count == 0)
        {
            yield return TextBlock.Markdown("Nothing stood out.") with { IsSubtle = true };
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
        foreach (var metric in metrics.Take(MaxMetrics))
        {
            yield return CardParts.Row(metric.Name, MetricText.Describe(metric));
        }

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
                new Column([TextBlock.Markdown(string.Create(CultureInfo.InvariantCulture, $"{error.Count:N0}×")) with { Weight = TextWeight.Bolder, Color = TextColor.Attention }])
                {
                    Width = ColumnWidth.Auto,
                },
                new Column([new RichTextBlock([CardParts.Run(ErrorText.Shorten(error.Message), MaxErrorLength) with { FontType = FontType.Monospace, Size = TextSize.Small }])])
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

    private static IEnumerable<CardElement> RecentChanges(IReadOnlyList<ChangeHighlight> changes, DateTimeOffset now)
    {
        if (changes.Count == 0)
        {
            yield break;
        }

        yield return CardParts.Heading("Recent changes");
        foreach (var change in changes.Take(CardParts.MaxListItems))
        {
            yield return CardParts.Row(CardTime.Format(change.Time, now), $"{change.Operation} ({change.Status}) by {change.Caller}");
        }

        foreach (var more in CardParts.More(changes.Count, CardParts.MaxListItems))
        {
            yield return more;
        }
    }

    private static ContainerStyle StateStyle(VerdictSeverity severity) => severity switch
    {
        VerdictSeverity.Ok => ContainerStyle.Good,
        VerdictSeverity.Warning => ContainerStyle.Warning,
        _ => ContainerStyle.Attention,
    };
}
