using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace SreBot.FakeAzure;

/// <summary>
/// Log Analytics' resource-centric query (<c>POST /v1{resourceId}/query</c>, body <c>{"query", "timespan"}</c>), answered in the
/// query API's shape (<c>tables[].name/columns/rows</c>, after the <c>la-post-resource-centric</c> example). The fake never trusts
/// the query text: it reads it back with <see cref="LogQueryShapeReader"/> and answers only the world's rows that match the
/// tables, window (and the body's <c>timespan</c>), levels, <c>contains</c> literal (case-insensitive, as KQL's
/// <c>contains</c>) and <c>top</c> it read; a query it cannot read is a 400 <c>BadArgumentError</c> / <c>SyntaxError</c>.
/// </summary>
internal static class FakeLogAnalytics
{
    private const string Suffix = "/query";

    public static void Map(WebApplication app)
        => app.MapPost("/v1/subscriptions/{subscription}/{**rest}", async (HttpContext context) =>
        {
            var world = FakeAzureRoutes.World(context);
            var path = context.Request.Path.Value!;
            if (!path.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase))
            {
                return Results.Json(Error("PathNotFoundError", "The requested path does not exist", null), statusCode: 404);
            }

            var resourceId = path["/v1".Length..^Suffix.Length];
            if (!world.Resources.ContainsKey(resourceId))
            {
                return Results.Json(Error("ResourceNotFoundError", $"The resource '{resourceId}' could not be found.", null), statusCode: 404);
            }

            JsonNode? body;
            try
            {
                body = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            }
            catch (JsonException)
            {
                return BadArgument("InvalidBody", "The request body is not JSON.");
            }

            if (body?["query"] is not JsonValue queryValue || !queryValue.TryGetValue<string>(out var query))
            {
                return BadArgument("MissingQuery", "The request had no query.");
            }

            if (!TryWindow(body["timespan"], out var window))
            {
                return BadArgument("InvalidTimespan", "The timespan is not an ISO 8601 interval start/end.");
            }

            LogQueryShape shape;
            try
            {
                shape = LogQueryShapeReader.Read(query);
            }
            catch (FormatException exception)
            {
                return BadArgument("SyntaxError", $"A recognition error occurred in the query: {exception.Message}");
            }

            return Results.Json(Answer(world, resourceId, shape, window));
        });

    private static JsonObject Answer(FakeWorld world, string resourceId, LogQueryShape shape, (DateTimeOffset Start, DateTimeOffset End)? window)
    {
        var matches = world.Logs
            .Where(r => r.ResourceId.Equals(resourceId, StringComparison.OrdinalIgnoreCase))
            .Where(r => shape.Tables.Contains(r.Table, StringComparer.Ordinal))
            .Where(r => r.Time >= shape.Start && r.Time <= shape.End)
            .Where(r => window is not { } w || (r.Time >= w.Start && r.Time <= w.End))
            .Where(r => shape.Levels.Contains(r.Level, StringComparer.Ordinal))
            .Where(r => shape.Contains is null || r.Message.Contains(shape.Contains, StringComparison.OrdinalIgnoreCase))
            .ToList();
        var top = matches
            .OrderByDescending(r => r.Time)
            .ThenBy(r => r.Table, StringComparer.Ordinal)
            .ThenBy(r => r.Message, StringComparer.Ordinal)
            .Take(shape.Top);
        return new JsonObject
        {
            ["tables"] = new JsonArray(new JsonObject
            {
                ["name"] = "PrimaryResult",
                ["columns"] = new JsonArray(
                    Column("TimeGenerated", "datetime"), Column("Level", "string"), Column("Message", "string"), Column("Source", "string"), Column("TotalMatches", "long")),
                ["rows"] = new JsonArray([.. top.Select(r => (JsonNode)new JsonArray(
                    r.Time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture), r.Level, r.Message, r.Table, matches.Count))]),
            }),
        };
    }

    private static bool TryWindow(JsonNode? timespan, out (DateTimeOffset Start, DateTimeOffset End)? window)
    {
        window = null;
        if (timespan is null)
        {
            return true;
        }

        var parts = timespan is JsonValue v && v.TryGetValue<string>(out var text) ? text.Split('/') : [];
        if (parts.Length == 2
            && DateTimeOffset.TryParse(parts[0], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var start)
            && DateTimeOffset.TryParse(parts[1], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var end))
        {
            window = (start, end);
            return true;
        }

        return false;
    }

    private static JsonObject Column(string name, string type) => new() { ["name"] = name, ["type"] = type };

    private static IResult BadArgument(string innerCode, string innerMessage)
        => Results.Json(Error("BadArgumentError", "The request had some invalid properties", new JsonObject { ["code"] = innerCode, ["message"] = innerMessage }), statusCode: 400);

    private static JsonObject Error(string code, string message, JsonObject? inner)
    {
        var error = new JsonObject { ["message"] = message, ["code"] = code, ["correlationId"] = Guid.NewGuid().ToString() };
        if (inner is not null)
        {
            error["innererror"] = inner;
        }

        return new JsonObject { ["error"] = error };
    }
}
