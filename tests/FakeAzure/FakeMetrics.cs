using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace SreBot.FakeAzure;

/// <summary>Azure Monitor's <c>metricDefinitions</c> and <c>metrics</c> of a resource, shaped after <c>MetricDefinitions_List</c> and <c>Metrics_List</c>.</summary>
internal static class FakeMetrics
{
    private const string Definitions = "/providers/Microsoft.Insights/metricDefinitions";
    private const string Metrics = "/providers/Microsoft.Insights/metrics";

    public static IResult? TryAnswer(HttpContext context, FakeWorld world, string path)
    {
        if (path.EndsWith(Definitions, StringComparison.OrdinalIgnoreCase))
        {
            var id = path[..^Definitions.Length];
            var series = world.Metrics.GetValueOrDefault(id) ?? [];
            return Results.Json(new JsonObject
            {
                ["value"] = new JsonArray([.. series.Select(m => (JsonNode)new JsonObject
                {
                    ["resourceId"] = id,
                    ["name"] = new JsonObject { ["value"] = m.Key, ["localizedValue"] = m.Key },
                    ["unit"] = m.Value.Unit,
                    ["primaryAggregationType"] = "Average",
                    ["metricAvailabilities"] = new JsonArray(new JsonObject { ["timeGrain"] = "PT1M", ["retention"] = "P93D" }),
                })]),
            });
        }

        if (!path.EndsWith(Metrics, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var resource = path[..^Metrics.Length];
        var known = world.Metrics.GetValueOrDefault(resource) ?? [];
        var names = context.Request.Query["metricnames"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries);
        var aggregation = context.Request.Query["aggregation"].ToString().ToLowerInvariant();
        var unknown = names.FirstOrDefault(n => !known.ContainsKey(n));
        if (unknown is not null)
        {
            return Results.Json(new JsonObject { ["code"] = "BadRequest", ["message"] = $"Failed to find metric configuration for provider: Microsoft.Web, resource Type: sites, metric: {unknown}" }, statusCode: 400);
        }

        return Results.Json(new JsonObject
        {
            ["cost"] = 0,
            ["timespan"] = context.Request.Query["timespan"].ToString(),
            ["interval"] = context.Request.Query["interval"].ToString(),
            ["namespace"] = "Microsoft.Web/sites",
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
                    ["data"] = new JsonArray([.. known[n].Points.Select(p => (JsonNode)new JsonObject
                    {
                        ["timeStamp"] = p.At.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
                        [aggregation] = p.Value,
                    })]),
                }),
            })]),
        });
    }
}
