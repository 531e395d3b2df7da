using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace SreBot.FakeAzure;

/// <summary>The Activity Log's management events, shaped after <c>ActivityLogs_List</c>; the world's events are answered as they are (the test asserts the filter sent).</summary>
internal static class FakeActivityLog
{
    public static void Map(WebApplication app)
        => app.MapGet("/subscriptions/{subscription}/providers/Microsoft.Insights/eventtypes/management/values", (HttpContext context) =>
            Results.Json(new JsonObject { ["value"] = new JsonArray([.. FakeAzureRoutes.World(context).ActivityEvents.Select(e => e.DeepClone())]) }));
}
