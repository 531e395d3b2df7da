using System.Text.Json;
using ModelContextProtocol.Client;

namespace SreBot.Bot.Conversations.Investigation;

/// <summary>
/// The deterministic investigation behind <c>investigate &lt;resource&gt;</c>: health, the resource's key metrics over the
/// last hour, error logs and recent changes, all read through the user's MCP session, summarised with plain findings.
/// </summary>
public sealed class Investigator
{
    private static readonly TimeSpan RecentChangeWindow = TimeSpan.FromHours(6);

    public async Task<InvestigationResult> InvestigateAsync(McpClient session, ResolvedResource resource, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var id = resource.Id!;
        var get = await ToolAnswer.CallAsync(session, "resource_get", Args(("resourceId", id)), cancellationToken);
        if (!get.Succeeded)
        {
            return InvestigationResult.Failed(get.Text);
        }

        var health = await ToolAnswer.CallAsync(session, "resource_health_get", Args(("resourceId", id)), cancellationToken);
        var metrics = await ToolAnswer.CallAsync(session, "metrics_query", Args(("resourceId", id), ("timespan", "PT1H")), cancellationToken);
        var logs = await ToolAnswer.CallAsync(session, "logs_search", Args(("resourceId", id), ("minimumLevel", "Error"), ("timespan", "PT1H"), ("top", 200)), cancellationToken);
        var details = get.Result!.Value.GetProperty("resource");
        var changes = await ToolAnswer.CallAsync(
            session, "activity_log_list", Args(("resourceGroup", details.GetProperty("resourceGroup").GetString()), ("resourceName", resource.Name), ("timespan", "P1D")), cancellationToken);

        var source = get.Result.Value.GetProperty("source");
        var metricHighlights = metrics.Succeeded ? MetricHighlights(metrics.Result!.Value) : [];
        var errors = logs.Succeeded ? ErrorHighlights(logs.Result!.Value) : [];
        var recent = changes.Succeeded ? ChangeHighlights(changes.Result!.Value) : [];
        var healthState = health.Succeeded ? health.Result!.Value.GetProperty("availabilityState").GetString() ?? "Unknown" : "Unknown";
        var healthSummary = health.Succeeded ? health.Result!.Value.GetProperty("summary").GetString() ?? string.Empty : health.Text;

        var outOfMemory = logs.Succeeded && logs.Result!.Value.GetProperty("entries").EnumerateArray()
            .Any(e => e.GetProperty("message").GetString()!.Contains("OutOfMemory", StringComparison.OrdinalIgnoreCase));
        var evidence = new Evidence(healthState, healthSummary, metricHighlights, errors, recent, logs.Succeeded ? logs.Result!.Value.GetProperty("totalMatches").GetInt32() : 0, outOfMemory);
        var findings = Findings.Describe(evidence, now - RecentChangeWindow);
        var summary = new InvestigationSummary(
            resource.Name,
            id,
            details.GetProperty("type").GetString() ?? string.Empty,
            source.GetProperty("simulated").GetBoolean(),
            source.GetProperty("note").GetString() ?? string.Empty,
            healthState,
            healthSummary,
            metricHighlights,
            errors,
            recent,
            findings.Sentences,
            findings.Suggestion(resource.Name));
        return new InvestigationResult(summary, null);
    }

    private static Dictionary<string, object?> Args(params (string Name, object? Value)[] arguments) => arguments.ToDictionary(a => a.Name, a => a.Value);

    private static List<MetricHighlight> MetricHighlights(JsonElement result)
        => [.. result.GetProperty("metrics").EnumerateArray().Select(m =>
        {
            var statistics = m.GetProperty("statistics");
            return new MetricHighlight(m.GetProperty("name").GetString()!, m.GetProperty("unit").GetString()!, Number(statistics, "first"), Number(statistics, "last"), Number(statistics, "maximum"));
        })];

    private static List<LogHighlight> ErrorHighlights(JsonElement result)
        => [.. result.GetProperty("topMessages").EnumerateArray().Select(m => new LogHighlight(m.GetProperty("message").GetString()!, m.GetProperty("count").GetInt32()))];

    private static List<ChangeHighlight> ChangeHighlights(JsonElement result)
        => [.. result.GetProperty("events").EnumerateArray().Take(5).Select(e => new ChangeHighlight(
            e.GetProperty("time").GetDateTimeOffset(), e.GetProperty("operation").GetString()!, e.GetProperty("status").GetString()!, e.GetProperty("caller").GetString()!))];

    private static double? Number(JsonElement element, string name)
        => element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;
}
