using System.Globalization;
using System.Text.Json.Nodes;
using System.Xml;
using Microsoft.AspNetCore.Http;

namespace SreBot.FakeAzure;

/// <summary>
/// Azure Monitor's <c>metricDefinitions</c> and <c>metrics</c> of a resource (2018-01-01), shaped after <c>GetMetricDefinitions</c>
/// and <c>GetMetric</c>. The query is honoured as Azure Monitor reads it: <c>metricnames</c> (comma-separated, <c>%2</c> for a
/// comma inside a name) must be defined, <c>timespan</c> is an ISO 8601 <c>start/end</c>, <c>interval</c> an ISO 8601 duration
/// among the metric's time grains (or <c>FULL</c>), <c>aggregation</c> a comma list of Average/Minimum/Maximum/Total/Count that
/// every metric asked for supports; the
/// world's raw points inside the timespan are aggregated per interval. Anything else is a 400 with Azure Monitor's error shape.
/// </summary>
internal static class FakeMetrics
{
    private const string Definitions = "/providers/Microsoft.Insights/metricDefinitions";
    private const string Metrics = "/providers/Microsoft.Insights/metrics";
    private static readonly string[] Aggregations = ["Average", "Minimum", "Maximum", "Total", "Count"];

    public static IResult? TryAnswer(HttpContext context, FakeWorld world, string path)
    {
        if (path.EndsWith(Definitions, StringComparison.OrdinalIgnoreCase))
        {
            var id = path[..^Definitions.Length];
            return Known(world, id) ?? Results.Json(new JsonObject
            {
                ["value"] = new JsonArray([.. (world.Metrics.GetValueOrDefault(id) ?? []).Select(m => (JsonNode)Definition(id, m.Key, m.Value))]),
            });
        }

        if (!path.EndsWith(Metrics, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var resource = path[..^Metrics.Length];
        return Known(world, resource) ?? Query(context.Request.Query, resource, world.Metrics.GetValueOrDefault(resource) ?? []);
    }

    private static IResult Query(IQueryCollection query, string resource, Dictionary<string, FakeMetric> known)
    {
        if (string.IsNullOrEmpty(query["api-version"]))
        {
            return BadRequest("MissingApiVersionParameter", "The api-version query parameter (?api-version=) is required for all requests.");
        }

        var names = query["metricnames"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries).Select(n => n.Replace("%2", ",", StringComparison.Ordinal)).ToList();
        if (names.Count == 0)
        {
            names = [.. known.Keys.Take(1)];
        }

        if (names.FirstOrDefault(n => !known.ContainsKey(n)) is { } unknown)
        {
            return BadRequest("BadRequest", $"Failed to find metric configuration for provider: {Namespace(resource)}, metric: {unknown}, Valid metrics: {string.Join(",", known.Keys)}");
        }

        if (!TryTimespan(query["timespan"].ToString(), out var start, out var end))
        {
            return BadRequest("BadRequest", $"Invalid timespan: '{query["timespan"]}'. Use an ISO 8601 interval start/end with start before end.");
        }

        var intervalText = query["interval"].ToString();
        var full = intervalText.Equals("FULL", StringComparison.OrdinalIgnoreCase);
        TimeSpan interval;
        if (full)
        {
            interval = end - start;
        }
        else if (!TryDuration(string.IsNullOrEmpty(intervalText) ? "PT1M" : intervalText, out interval))
        {
            return BadRequest("BadRequest", $"Invalid interval: '{intervalText}' is not an ISO 8601 duration.");
        }
        else if (names.FirstOrDefault(n => !known[n].Grains.Contains(interval)) is { } ungrained)
        {
            return BadRequest("BadRequest", $"Query interval {XmlConvert.ToString(interval)} is not supported for metric {ungrained}. Supported time grains: {string.Join(",", known[ungrained].Grains.Select(XmlConvert.ToString))}.");
        }

        var asked = query["aggregation"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (asked.FirstOrDefault(a => !Aggregations.Contains(a, StringComparer.OrdinalIgnoreCase)) is { } badAggregation)
        {
            return BadRequest("BadRequest", $"Invalid aggregation type: {badAggregation}. Valid types: {string.Join(",", Aggregations)}.");
        }

        var aggregations = asked.Length == 0 ? ["average"] : asked.Select(a => a.ToLowerInvariant()).Distinct().ToArray();
        if (names.FirstOrDefault(n => known[n].SupportedAggregations is { } supported && aggregations.Any(a => !supported.Contains(a, StringComparer.OrdinalIgnoreCase))) is { } unsupported)
        {
            return BadRequest("BadRequest", $"Aggregation {string.Join(",", asked)} is not supported for metric {unsupported}. Supported aggregations: {string.Join(",", known[unsupported].SupportedAggregations!)}.");
        }

        return Results.Json(new JsonObject
        {
            ["cost"] = 0,
            ["timespan"] = $"{Instant(start)}/{Instant(end)}",
            ["interval"] = XmlConvert.ToString(interval),
            ["namespace"] = Namespace(resource),
            ["resourceregion"] = "westeurope",
            ["value"] = new JsonArray([.. names.Select(n => (JsonNode)new JsonObject
            {
                ["id"] = $"{resource}{Metrics}/{n}",
                ["type"] = "Microsoft.Insights/metrics",
                ["name"] = new JsonObject { ["value"] = n, ["localizedValue"] = n },
                ["unit"] = known[n].Unit,
                ["timeseries"] = new JsonArray(new JsonObject
                {
                    ["metadatavalues"] = new JsonArray(),
                    ["data"] = new JsonArray([.. Buckets(known[n], start, end, interval, full).Select(b => (JsonNode)Point(b.At, b.Values, aggregations))]),
                }),
                ["errorCode"] = "Success",
            })]),
        });
    }

    private static IEnumerable<(DateTimeOffset At, double[] Values)> Buckets(FakeMetric metric, DateTimeOffset start, DateTimeOffset end, TimeSpan interval, bool full)
    {
        // Azure Monitor aligns buckets to the grain; FULL is one bucket over the whole timespan.
        var first = full ? start : new DateTimeOffset(start.UtcTicks - (start.UtcTicks % interval.Ticks), TimeSpan.Zero);
        for (var at = first; at < end; at += interval)
        {
            var from = at < start ? start : at;
            var to = at + interval > end ? end : at + interval;
            yield return (at, [.. metric.Points.Where(p => p.At >= from && p.At < to).Select(p => p.Value)]);
        }
    }

    private static JsonObject Point(DateTimeOffset at, double[] values, string[] aggregations)
    {
        var point = new JsonObject { ["timeStamp"] = Instant(at) };
        foreach (var aggregation in aggregations)
        {
            if (aggregation == "count")
            {
                point["count"] = (double)values.Length;
            }
            else if (values.Length > 0)
            {
                point[aggregation] = aggregation switch
                {
                    "average" => values.Average(),
                    "minimum" => values.Min(),
                    "maximum" => values.Max(),
                    _ => values.Sum(),
                };
            }
        }

        return point;
    }

    private static JsonObject Definition(string id, string name, FakeMetric metric) => new()
    {
        ["id"] = $"{id}/providers/microsoft.insights/metricdefinitions/{name}",
        ["resourceId"] = id,
        ["namespace"] = Namespace(id),
        ["name"] = new JsonObject { ["value"] = name, ["localizedValue"] = name },
        ["isDimensionRequired"] = false,
        ["unit"] = metric.Unit,
        ["primaryAggregationType"] = metric.SupportedAggregations is [var primary, ..] ? primary : "Average",
        ["supportedAggregationTypes"] = new JsonArray([.. (metric.SupportedAggregations ?? ["None", .. Aggregations]).Select(a => (JsonNode)JsonValue.Create(a))]),
        ["metricAvailabilities"] = new JsonArray([.. metric.Grains.Select(g => (JsonNode)new JsonObject { ["timeGrain"] = XmlConvert.ToString(g), ["retention"] = "P93D" })]),
    };

    private static IResult? Known(FakeWorld world, string id)
        => world.Resources.ContainsKey(id) || world.Metrics.ContainsKey(id)
            ? null
            : Results.Json(new JsonObject { ["error"] = new JsonObject { ["code"] = "ResourceNotFound", ["message"] = $"The Resource '{id}' was not found." } }, statusCode: 404);

    private static bool TryTimespan(string text, out DateTimeOffset start, out DateTimeOffset end)
    {
        var parts = text.Split('/');
        end = default;
        return DateTimeOffset.TryParse(parts[0], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out start)
            && parts.Length == 2
            && DateTimeOffset.TryParse(parts[1], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out end)
            && start < end;
    }

    private static bool TryDuration(string text, out TimeSpan duration)
    {
        try
        {
            duration = XmlConvert.ToTimeSpan(text);
            return duration > TimeSpan.Zero;
        }
        catch (FormatException)
        {
            duration = default;
            return false;
        }
    }

    private static string Namespace(string id)
    {
        var segments = id.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var providers = Array.FindIndex(segments, s => s.Equals("providers", StringComparison.OrdinalIgnoreCase));
        return providers >= 0 && providers + 2 < segments.Length ? $"{segments[providers + 1]}/{segments[providers + 2]}" : "unknown";
    }

    private static string Instant(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static IResult BadRequest(string code, string message) => Results.Json(new JsonObject { ["code"] = code, ["message"] = message }, statusCode: 400);
}
