using SreBot.Bot.Conversations;
using ModelContextProtocol.Client;
using SreBot.Bot.Investigation.Analyzers;
using SreBot.McpServer.CallPath;
using SreBot.McpServer.Tools.Health;
using SreBot.McpServer.Tools.Monitoring;
using SreBot.McpServer.Tools.Resources;
using SreBot.Shared.Estate;
using SreBot.Shared.Scope;

namespace SreBot.Bot.Investigation;

/// <summary>
/// The deterministic investigation behind <c>investigate &lt;resource&gt;</c>: health, the resource's metrics over the
/// last hour, error logs and recent changes, all read through the user's MCP session, then run through the analyzers
/// and reduced to one <see cref="Diagnosis"/>. Answers are read as the tools' own result records, in the provider's
/// shapes: nothing here knows which estate answers (the Sandbox and Azure use Azure Monitor's names and units).
/// </summary>
public sealed class Investigator(IEnumerable<IAnalyzer> analyzers)
{
    private const int ChangesShown = 5;

    private const string Window = "PT1H";

    public Task<InvestigationResult> InvestigateAsync(McpClient session, ResolvedResource resource, DateTimeOffset now, CancellationToken cancellationToken)
        => InvestigateAsync(session, resource, now, null, cancellationToken);

    /// <summary>Investigates; every tool call is recorded on <paramref name="recorder"/> when one is given.</summary>
    public async Task<InvestigationResult> InvestigateAsync(McpClient session, ResolvedResource resource, DateTimeOffset now, ToolCallRecorder? recorder, CancellationToken cancellationToken)
    {
        var id = resource.Id!;
        var get = await ToolAnswer.CallAsync(session, ResourceGetTool.Name, Args((ToolDescriptors.ResourceIdParameter, id)), recorder, cancellationToken);
        if (!get.Succeeded)
        {
            return InvestigationResult.Failed(get.Text);
        }

        var found = get.ResultAs<ResourceGetResult>();
        var details = found.Resource;
        var health = await ToolAnswer.CallAsync(session, ResourceHealthGetTool.Name, Args((ToolDescriptors.ResourceIdParameter, id)), recorder, cancellationToken);
        var metricSeries = await MetricsAsync(session, id, details.Type, recorder, cancellationToken);
        var logs = await ToolAnswer.CallAsync(
            session, LogsSearchTool.Name, Args((ToolDescriptors.ResourceIdParameter, id), ("minimumLevel", nameof(LogSeverity.Error)), ("timespan", Window), ("top", 200)), recorder, cancellationToken);
        var changes = await ToolAnswer.CallAsync(
            session,
            ActivityLogListTool.Name,
            Args((ToolDescriptors.ResourceGroupParameter, details.ResourceGroup), (ToolDescriptors.SubscriptionParameter, SubscriptionOf(id)), ("resourceName", resource.Name), ("timespan", "P1D")),
            recorder,
            cancellationToken);

        var logLines = logs.Succeeded ? logs.ResultAs<LogsSearchResult>() : null;
        var events = changes.Succeeded ? Events(changes.ResultAs<ActivityLogListResult>()) : [];
        var healthResult = health.Succeeded ? health.ResultAs<ResourceHealthResult>() : null;
        var healthState = healthResult?.AvailabilityState ?? "Unknown";
        var healthSummary = healthResult?.Summary ?? health.Text;
        var evidence = new Evidence(
            resource.Name,
            details.InstanceCount,
            now,
            healthState,
            healthSummary,
            [.. metricSeries.Select(Trend)],
            logLines is null ? [] : [.. logLines.TopMessages.Select(m => new LogHighlight(m.Message, m.Count))],
            logLines is null ? [] : [.. logLines.Entries.Select(Entry)],
            logLines?.TotalMatches ?? 0,
            events);

        var diagnosis = Diagnosis.From(analyzers.SelectMany(a => a.Analyze(evidence)));
        var summary = new InvestigationSummary(
            resource.Name,
            id,
            details.Type,
            found.Source.Simulated,
            found.Source.Note,
            healthState,
            healthSummary,
            [.. metricSeries.Select(m => new MetricHighlight(m.Name, m.Unit, m.Statistics.First, m.Statistics.Last, m.Statistics.Maximum))],
            evidence.TopErrors,
            [.. events.Take(ChangesShown).Select(e => new ChangeHighlight(e.Time, e.Operation, e.Status, e.Caller))],
            diagnosis.Sentences(),
            InvestigationVerdict.From(diagnosis, healthState));
        return new InvestigationResult(summary, null, diagnosis);
    }

    /// <summary>
    /// The resource type's metrics (<see cref="InvestigatedMetrics"/>), one query per aggregation; a query the resource
    /// refuses (e.g. a metric it does not define) is left out, and when none answers, the provider's defaults are read.
    /// </summary>
    private static async Task<List<MetricSeriesResult>> MetricsAsync(McpClient session, string id, string type, ToolCallRecorder? recorder, CancellationToken cancellationToken)
    {
        var series = new List<MetricSeriesResult>();
        foreach (var request in InvestigatedMetrics.For(type))
        {
            var answer = await ToolAnswer.CallAsync(
                session,
                MetricsQueryTool.Name,
                Args((ToolDescriptors.ResourceIdParameter, id), ("metricNames", request.Names), ("timespan", Window), ("aggregation", request.Aggregation)),
                recorder,
                cancellationToken);
            if (answer.Succeeded)
            {
                series.AddRange(answer.ResultAs<MetricsQueryResult>().Metrics);
            }
        }

        if (series.Count == 0)
        {
            var defaults = await ToolAnswer.CallAsync(session, MetricsQueryTool.Name, Args((ToolDescriptors.ResourceIdParameter, id), ("timespan", Window)), recorder, cancellationToken);
            if (defaults.Succeeded)
            {
                series.AddRange(defaults.ResultAs<MetricsQueryResult>().Metrics);
            }
        }

        return series;
    }

    /// <summary>The resource's own subscription, so its group's changes are read there and not in the configured default one.</summary>
    private static string? SubscriptionOf(string id)
        => ResourceId.TryParse(id, out var parsed, out _) ? parsed.Subscription : null;

    private static Dictionary<string, object?> Args(params (string Name, object? Value)[] arguments) => arguments.ToDictionary(a => a.Name, a => a.Value);

    private static MetricTrend Trend(MetricSeriesResult series)
        => MetricTrend.Of(series.Name, series.Unit, series.Points.Where(p => p.Value.HasValue).Select(p => new MetricPoint(p.Time, p.Value)));

    private static LogEntry Entry(LogLine line)
        => new(line.Time, Enum.TryParse<LogSeverity>(line.Level, out var level) ? level : LogSeverity.Error, line.Message, line.Source);

    private static List<ChangeEvent> Events(ActivityLogListResult result)
        => [.. result.Events.Select(e => new ChangeEvent(e.Time, e.Operation, e.Status, e.Caller, e.Description))];
}
