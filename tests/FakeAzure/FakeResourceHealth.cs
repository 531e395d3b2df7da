using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace SreBot.FakeAzure;

/// <summary>Resource Health's <c>availabilityStatuses/current</c>, shaped after <c>AvailabilityStatuses_GetByResource</c>.</summary>
internal static class FakeResourceHealth
{
    private const string Suffix = "/providers/Microsoft.ResourceHealth/availabilityStatuses/current";

    public static IResult? TryAnswer(FakeWorld world, string path)
    {
        if (!path.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var id = path[..^Suffix.Length];
        if (!world.Resources.ContainsKey(id))
        {
            return Results.Json(new JsonObject { ["error"] = new JsonObject { ["code"] = "ResourceNotFound", ["message"] = "Not found." } }, statusCode: 404);
        }

        var state = world.Health.GetValueOrDefault(id, "Available");
        return Results.Json(new JsonObject
        {
            ["id"] = path,
            ["name"] = "current",
            ["type"] = "Microsoft.ResourceHealth/AvailabilityStatuses",
            ["location"] = "westeurope",
            ["properties"] = new JsonObject
            {
                ["availabilityState"] = state,
                ["title"] = state,
                ["summary"] = state == "Available" ? "There aren't any known Azure platform problems affecting this resource." : "We're sorry, your resource is degraded.",
                ["reasonType"] = state == "Available" ? null : "Unplanned",
                ["occuredTime"] = "2026-12-07T06:00:00Z",
                ["reasonChronicity"] = "Persistent",
                ["reportedTime"] = "2026-12-07T06:05:00Z",
            },
        });
    }
}
