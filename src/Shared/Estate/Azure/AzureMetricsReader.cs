using SreBot.Shared.Caching;
using System.Globalization;
using System.Text.Json;
using System.Xml;
using SreBot.Shared.Estate.Azure.Http;
using SreBot.Shared.Scope;

namespace SreBot.Shared.Estate.Azure;

/// <summary>
/// <c>metrics_query</c>: Azure Monitor's <c>metrics</c> of a resource. Names are checked against the resource's
/// <c>metricDefinitions</c> (cached, bounded, time-limited): an unknown name is refused listing the valid ones, as are more
/// than 20 names and an aggregation a named metric does not support (the defaults keep only the metrics that support it).
/// The interval is sent as a time grain the metrics define (<see cref="AzureMetricIntervals"/>); the answer carries the
/// interval Azure used.
/// </summary>
internal sealed class AzureMetricsReader(AzureRestClients clients, TimeProvider time)
{
    private const string ApiVersion = "2018-01-01";
    private const int MaxListedNames = 40;

    /// <summary>Azure Monitor answers at most 20 metrics per request.</summary>
    private const int MaxNames = 20;
    private const int MaxPoints = 10_000;
    private readonly ExpiringCache<IReadOnlyList<AzureMetricDefinition>> definitions = new(time, TimeSpan.FromHours(1), 512, StringComparer.OrdinalIgnoreCase);

    public async Task<MetricsResult> QueryAsync(ResourceId resourceId, MetricsQuery query, CancellationToken cancellationToken)
    {
        var (known, _) = await definitions.GetOrLoadAsync(resourceId.Canonical, ct => LoadDefinitionsAsync(resourceId, ct), cancellationToken);
        var names = query.MetricNames.Count == 0
            ? [.. AzureDefaultMetrics.For(resourceId.ResourceType!, known.Where(d => d.Supports(query.Aggregation)).ToList())]
            : Validate(query.MetricNames, known, query.Aggregation);
        if (names.Count == 0)
        {
            return new MetricsResult(resourceId, query.Interval, []);
        }

        var interval = AzureMetricIntervals.Choose(query.Interval, known.Where(d => names.Contains(d.Name, StringComparer.Ordinal)));
        var aggregation = query.Aggregation.ToString();
        var timespan = string.Create(CultureInfo.InvariantCulture, $"{query.Start.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}/{query.End.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}");
        // Azure Monitor separates names with commas and spells a comma inside a name as %2.
        var metricNames = string.Join(',', names.Select(n => n.Replace(",", "%2", StringComparison.Ordinal)));
        using var document = await clients.ResourceManager.GetAsync(
            $"{resourceId.Display.TrimStart('/')}/providers/Microsoft.Insights/metrics?api-version={ApiVersion}"
            + $"&metricnames={Uri.EscapeDataString(metricNames)}&timespan={Uri.EscapeDataString(timespan)}"
            + $"&interval={XmlConvert.ToString(interval)}&aggregation={aggregation}",
            MetricsCall(resourceId),
            cancellationToken);
        var series = new List<MetricSeries>();
        if (AzureJson.Walk(document.RootElement, "value") is { ValueKind: JsonValueKind.Array } values)
        {
            foreach (var metric in values.EnumerateArray().Take(MaxNames))
            {
                var points = AzureJson.Walk(metric, "timeseries") is { ValueKind: JsonValueKind.Array } timeseries
                    ? timeseries.EnumerateArray()
                        .SelectMany(t => AzureJson.Walk(t, "data") is { ValueKind: JsonValueKind.Array } data ? data.EnumerateArray() : Enumerable.Empty<JsonElement>())
                        .Select(p => AzureJson.Time(p, "timeStamp") is { } at ? new MetricPoint(at, AzureJson.Double(p, aggregation.ToLowerInvariant())) : null)
                        .OfType<MetricPoint>()
                        .OrderBy(p => p.TimeStamp)
                        .Take(MaxPoints)
                        .ToList()
                    : [];
                series.Add(new MetricSeries(AzureJson.String(metric, "name", "value") ?? string.Empty, AzureJson.String(metric, "unit") ?? string.Empty, query.Aggregation, points));
            }
        }

        return new MetricsResult(resourceId, Duration(AzureJson.String(document.RootElement, "interval")) ?? interval, series);
    }

    private static AzureCall MetricsCall(ResourceId resourceId) => new("Microsoft.Insights/metrics/read", resourceId);

    private static List<string> Validate(IReadOnlyList<string> asked, IReadOnlyList<AzureMetricDefinition> known, MetricAggregation aggregation)
    {
        var byName = known.GroupBy(d => d.Name, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.OrdinalIgnoreCase);
        if (asked.Count > MaxNames)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Ask for at most {MaxNames} metrics at a time; {asked.Count} were asked for."));
        }

        var unknown = asked.Where(n => !byName.ContainsKey(n.Trim())).ToList();
        if (unknown.Count > 0)
        {
            var valid = string.Join(", ", known.Select(d => d.Name).Take(MaxListedNames));
            var shown = string.Join(", ", unknown.Take(5).Select(n => n.Length > 80 ? n[..80] + "…" : n));
            throw new ArgumentException($"Unknown metric name(s) for this resource: {shown}. Valid names: {valid}.");
        }

        var names = asked.Select(n => byName[n.Trim()]).Distinct(StringComparer.Ordinal).ToList();
        // Azure Monitor refuses an aggregation a metric does not support (App Service's counters are Total only).
        if (known.FirstOrDefault(d => names.Contains(d.Name, StringComparer.Ordinal) && !d.Supports(aggregation)) is { } unsupported)
        {
            throw new ArgumentException(
                $"The metric {unsupported.Name} cannot be aggregated as {aggregation}; it supports {string.Join(", ", unsupported.SupportedAggregations.Where(a => Enum.TryParse<MetricAggregation>(a, true, out _)))}.");
        }

        return names;
    }

    private async Task<IReadOnlyList<AzureMetricDefinition>> LoadDefinitionsAsync(ResourceId resourceId, CancellationToken cancellationToken)
    {
        using var document = await clients.ResourceManager.GetAsync(
            $"{resourceId.Display.TrimStart('/')}/providers/Microsoft.Insights/metricDefinitions?api-version={ApiVersion}",
            MetricsCall(resourceId),
            cancellationToken);
        return AzureJson.Walk(document.RootElement, "value") is { ValueKind: JsonValueKind.Array } values
            ? [.. values.EnumerateArray()
                .Select(d => AzureJson.String(d, "name", "value") is { } name ? new AzureMetricDefinition(name, AzureJson.String(d, "unit") ?? string.Empty, TimeGrains(d), Aggregations(d)) : null)
                .OfType<AzureMetricDefinition>()
                .Take(500)]
            : [];
    }

    private static List<TimeSpan> TimeGrains(JsonElement definition)
        => AzureJson.Walk(definition, "metricAvailabilities") is { ValueKind: JsonValueKind.Array } availabilities
            ? [.. availabilities.EnumerateArray().Select(a => Duration(AzureJson.String(a, "timeGrain"))).OfType<TimeSpan>().Distinct().Take(20)]
            : [];

    private static List<string> Aggregations(JsonElement definition)
        => AzureJson.Walk(definition, "supportedAggregationTypes") is { ValueKind: JsonValueKind.Array } types
            ? [.. types.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!).Where(t => t.Length <= 20).Take(10)]
            : [];

    private static TimeSpan? Duration(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        try
        {
            return XmlConvert.ToTimeSpan(text) is var duration && duration > TimeSpan.Zero ? duration : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
