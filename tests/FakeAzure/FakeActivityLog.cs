using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace SreBot.FakeAzure;

/// <summary>
/// The Activity Log's management events (<c>ActivityLogs_List</c>, 2015-04-01, after <c>GetActivityLogsFiltered</c>): the
/// <c>$filter</c> is parsed (<see cref="ActivityLogFilter"/>) and honoured, newest first, paged with <c>nextLink</c>
/// (<see cref="FakeWorld.PageSize"/>); a filter the service would refuse is a 400.
/// </summary>
internal static class FakeActivityLog
{
    public static void Map(WebApplication app)
        => app.MapGet("/subscriptions/{subscription}/providers/Microsoft.Insights/eventtypes/management/values", (HttpContext context) =>
        {
            var world = FakeAzureRoutes.World(context);
            var request = context.Request;
            ActivityLogFilter filter;
            try
            {
                filter = ActivityLogFilter.Parse(request.Query["$filter"].ToString());
            }
            catch (FormatException exception)
            {
                return Results.Json(new JsonObject { ["error"] = new JsonObject { ["code"] = "BadRequest", ["message"] = $"The $filter is invalid: {exception.Message}" } }, statusCode: 400);
            }

            var matching = world.ActivityEvents
                .Where(filter.Matches)
                .OrderByDescending(e => DateTimeOffset.Parse(e["eventTimestamp"]!.GetValue<string>(), CultureInfo.InvariantCulture))
                .ToList();
            var skip = int.TryParse(request.Query["$skiptoken"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : 0;
            var answer = new JsonObject { ["value"] = new JsonArray([.. matching.Skip(skip).Take(world.PageSize).Select(e => e.DeepClone())]) };
            if (skip + world.PageSize < matching.Count)
            {
                answer["nextLink"] = $"{request.Scheme}://{request.Host}{request.Path}?api-version={request.Query["api-version"]}"
                    + $"&$filter={Uri.EscapeDataString(request.Query["$filter"].ToString())}&$skiptoken={skip + world.PageSize}";
            }

            return Results.Json(answer);
        });
}
