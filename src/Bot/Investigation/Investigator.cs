using SreBot.Bot.Conversations;
using System.Text.Json;
using ModelContextProtocol.Client;
using SreBot.Bot.Investigation.Analyzers;

namespace SreBot.Bot.Investigation;

/// <summary>
/// The deterministic investigation behind <c>investigate &lt;resource&gt;</c>: health, the resource's metrics over the
/// last hour, error logs and recent changes, all read through the user's MCP session, then run through the analyzers
/// and reduced to one <see cref="Diagnosis"/>.
/// </summary>
public sealed class Investigator(IEnumerable<IAnalyzer> analyzers)
{
    private const int ChangesShown = 5;

    public Task<InvestigationResult> InvestigateAsync(McpClient session, ResolvedResource resource, DateTimeOffset now, CancellationToken cancellationToken)
        => InvestigateAsync(session, resource, now, null, cancellationToken);

    /// <summary>Investigates; every tool call is recorded on <paramref name="recorder"/> when one is given.</summary>
    public async Task<InvestigationResult> InvestigateAsync(McpClient session, ResolvedResource resource, DateTimeOffset now, ToolCallRecorder? recorder, CancellationToken cancellationToken)
    {
        var id = resource.Id!;
        var get = await ToolAnswer.CallAsync(session, "resource_get", Args(("resourceId", id)), recorder, cancellationToken);
        if (!get.Succeeded)
        {
            return InvestigationResult.Failed(get.Text);
        }

        var health = await ToolAnswer.CallAsync(session, "resource_health_get", Args(("resourceId", id)), recorder, cancellationToken);
        var metrics = await ToolAnswer.CallAsync(session, "metrics_query", Args(("resourceId", id), ("timespan", "PT1H")), recorder, cancellationToken);
        var logs = await ToolAnswer.CallAsync(session, "logs_search", Args(("resourceId", id), ("minimumLevel", "Error"), ("timespan", "PT1H"), ("top", 200)), recorder, cancellationToken);
        var details = get.Result!.Value.GetProperty("resource");
        var changes = await ToolAnswer.CallAsync(
            session, "activity_log_list", Args(("resourceGroup", details.GetProperty("resourceGroup").GetString()), ("resourceName", resource.Name), ("timespan", "P1D")), recorder, cancellationToken);

        var source = get.Result.Value.GetProperty("source");
        var trends = metrics.Succeeded ? Trends(metrics.Result!.Value) : [];
        var events = changes.Succeeded ? Events(changes.Result!.Value) : [];
        var healthState = health.Succeeded ? health.Result!.Value.GetProperty("availabilityState").GetString() ?? "Unknown" : "Unknown";
        var healthSummary = health.Succeeded ? health.Result!.Value.GetProperty("summary").GetString() ?? string.Empty : health.Text;
        var evidence = new Evidence(
            resource.Name,
            details.TryGetProperty("instanceCount", out var count) && count.ValueKind == JsonValueKind.Number ? count.GetInt32() : null,
            now,
            healthState,
            healthSummary,
            trends,
            logs.Succeeded ? TopMessages(logs.Result!.Value) : [],
            logs.Succeeded ? Entries(logs.Result!.Value) : [],
            logs.Succeeded ? logs.Result!.Value.GetProperty("totalMatches").GetInt32() : 0,
            events);

        var diagnosis = Diagnosis.From(analyzers.SelectMany(a => a.Analyze(evidence)));
        var summary = new InvestigationSummary(
            resource.Name,
            id,
            details.GetProperty("type").GetString() ?? string.Empty,
            source.GetProperty("simulated").GetBoolean(),
            source.GetProperty("note").GetString() ?? string.Empty,
            healthState,
            healthSummary,
            metrics.Succeeded ? Highlights(metrics.Result!.Value) : [],
            evidence.TopErrors,
            [.. events.Take(ChangesShown).Select(e => new ChangeHighlight(e.Time, e.Operation, e.Status, e.Caller))],
            diagnosis.Sentences(),
            diagnosis.SuggestedAction);
        return new InvestigationResult(summary, null, diagnosis);
    }

    private static Dictionary<string, object?> Args(params (string Name, object? Value)[] arguments) => arguments.ToDictionary(a => a.Name, a => a.Value);

    private static List<MetricHighlight> Highlights(JsonElement result)
        => [.. result.GetProperty("metrics").EnumerateArray().Select(m =>
        {
            var statistics = m.GetProperty("statistics");
            return new MetricHighlight(m.GetProperty("name").GetString()!, m.GetProperty("unit").GetString()!, Number(statistics, "first"), Number(statistics, "last"), Number(statistics, "maximum"));
        })];

    private static List<MetricTrend> Trends(JsonElement result)
        => [.. result.GetProperty("metrics").EnumerateArray().Select(m => new MetricTrend(
            m.GetProperty("name").GetString()!,
            m.GetProperty("unit").GetString()!,
            [.. m.GetProperty("points").EnumerateArray()
                .Where(p => p.GetProperty("value").ValueKind == JsonValueKind.Number)
                .Select(p => new MetricPoint(p.GetProperty("time").GetDateTimeOffset(), p.GetProperty("value").GetDouble()))]))];

    private static List<LogHighlight> TopMessages(JsonElement result)
        => [.. result.GetProperty("topMessages").EnumerateArray().Select(m => new LogHighlight(m.GetProperty("message").GetString()!, m.GetProperty("count").GetInt32()))];

    private static List<LogEntry> Entries(JsonElement result)
        => [.. result.GetProperty("entries").EnumerateArray().Select(e => new LogEntry(e.GetProperty("time").GetDateTimeOffset(), e.GetProperty("message").GetString()!))];

    private static List<ChangeEvent> Events(JsonElement result)
        => [.. result.GetProperty("events").EnumerateArray().Select(e => new ChangeEvent(
            e.GetProperty("time").GetDateTimeOffset(),
            e.GetProperty("operation").GetString()!,
            e.GetProperty("status").GetString()!,
            e.GetProperty("caller").GetString()!,
            e.GetProperty("description").GetString() ?? string.Empty))];

    private static double? Number(JsonElement element, string name)
        => element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;
}
