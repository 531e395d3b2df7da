using System.Globalization;
using System.Text.Json;
using System.Xml;
using SreBot.Shared.Estate.Azure.Http;
using SreBot.Shared.Scope;

namespace SreBot.Shared.Estate.Azure;

/// <summary>
/// <c>metrics_query</c>: Azure Monitor's <c>metrics</c> of a resource. Names are checked against the resource's
/// <c>metricDefinitions</c> (cached, bounded, time-limited); an unknown name is refused listing the valid ones.
/// </summary>
internal sealed class AzureMetricsReader(AzureRestClients clients, TimeProvider time)
{
    private const string ApiVersion = "2018-01-01";
    private const int MaxListedNames = 40;
    private readonly AzureCache<IReadOnlyList<AzureMetricDefinition>> definitions = new(time, TimeSpan.FromHours(1), 512);

    public async Task<MetricsResult> QueryAsync(ResourceId resourceId, MetricsQuery query, CancellationToken cancellationToken)
    {
        var known = await definitions.GetOrAddAsync(resourceId.Canonical, ct => LoadDefinitionsAsync(resourceId, ct), cancellationToken);
        var names = query.MetricNames.Count == 0 ? AzureDefaultMetrics.For(resourceId.ResourceType!, known) : Validate(query.MetricNames, known);
        if (names.Count == 0)
        {
            return new MetricsResult(resourceId, query.Interval, []);
        }

        var aggregation = query.Aggregation.ToString();
        var timespan = string.Create(CultureInfo.InvariantCulture, $"{query.Start.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}/{query.End.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}");
        using var document = await clients.ResourceManager.GetAsync(
            $"{resourceId.Display.TrimStart('/')}/providers/Microsoft.Insights/metrics?api-version={ApiVersion}"
            + $"&metricnames={Uri.EscapeDataString(string.Join(',', names))}&timespan={Uri.EscapeDataString(timespan)}"
            + $"&interval={XmlConvert.ToString(query.Interval)}&aggregation={aggregation}",
            MetricsCall(resourceId),
            cancellationToken);
        var series = new List<MetricSeries>();
        if (AzureJson.Walk(document.RootElement, "value") is { ValueKind: JsonValueKind.Array } values)
        {
            foreach (var metric in values.EnumerateArray())
            {
                var points = AzureJson.Walk(metric, "timeseries") is { ValueKind: JsonValueKind.Array } timeseries
                    ? timeseries.EnumerateArray()
                        .SelectMany(t => AzureJson.Walk(t, "data") is { ValueKind: JsonValueKind.Array } data ? data.EnumerateArray() : Enumerable.Empty<JsonElement>())
                        .Select(p => AzureJson.Time(p, "timeStamp") is { } at ? new MetricPoint(at, AzureJson.Double(p, aggregation.ToLowerInvariant())) : null)
                        .OfType<MetricPoint>()
                        .OrderBy(p => p.TimeStamp)
                        .ToList()
                    : [];
                series.Add(new MetricSeries(AzureJson.String(metric, "name", "value") ?? string.Empty, AzureJson.String(metric, "unit") ?? string.Empty, query.Aggregation, points));
            }
        }

        return new MetricsResult(resourceId, query.Interval, series);
    }

    private static AzureCall MetricsCall(ResourceId resourceId) => new("Microsoft.Insights/metrics/read", resourceId);

    private static List<string> Validate(IReadOnlyList<string> asked, IReadOnlyList<AzureMetricDefinition> known)
    {
        var byName = known.GroupBy(d => d.Name, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.OrdinalIgnoreCase);
        var unknown = asked.Where(n => !byName.ContainsKey(n.Trim())).ToList();
        if (unknown.Count > 0)
        {
            var valid = string.Join(", ", known.Select(d => d.Name).Take(MaxListedNames));
            var shown = string.Join(", ", unknown.Take(5).Select(n => n.Length > 80 ? n[..80] + "…" : n));
            throw new ArgumentException($"Unknown metric name(s) for this resource: {shown}. Valid names: {valid}.");
        }

        return [.. asked.Select(n => byName[n.Trim()]).Distinct(StringComparer.Ordinal)];
    }

    private async Task<IReadOnlyList<AzureMetricDefinition>> LoadDefinitionsAsync(ResourceId resourceId, CancellationToken cancellationToken)
    {
        using var document = await clients.ResourceManager.GetAsync(
            $"{resourceId.Display.TrimStart('/')}/providers/Microsoft.Insights/metricDefinitions?api-version={ApiVersion}",
            MetricsCall(resourceId),
            cancellationToken);
        return AzureJson.Walk(document.RootElement, "value") is { ValueKind: JsonValueKind.Array } values
            ? [.. values.EnumerateArray()
                .Select(d => AzureJson.String(d, "name", "value") is { } name ? new AzureMetricDefinition(name, AzureJson.String(d, "unit") ?? string.Empty) : null)
                .OfType<AzureMetricDefinition>()
                .Take(500)]
            : [];
    }
}
