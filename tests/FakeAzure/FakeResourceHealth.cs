using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace SreBot.FakeAzure;

/// <summary>
/// Resource Health's <c>availabilityStatuses/current</c>, shaped after <c>AvailabilityStatus_GetByResource</c> (2022-10-01): the
/// world's <see cref="FakeWorld.HealthStatuses"/>, else a status made from <see cref="FakeWorld.Health"/>'s state (default
/// <c>Available</c>); an unknown resource is a 404 <c>ResourceNotFound</c>.
/// </summary>
internal static class FakeResourceHealth
{
    private const string Suffix = "/providers/Microsoft.ResourceHealth/availabilityStatuses/current";
    private static readonly DateTimeOffset Seeded = new(2026, 12, 7, 6, 0, 0, TimeSpan.Zero);

    public static IResult? TryAnswer(FakeWorld world, string path)
    {
        if (!path.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var id = path[..^Suffix.Length];
        if (!world.Resources.ContainsKey(id))
        {
            return Results.Json(new JsonObject { ["error"] = new JsonObject { ["code"] = "ResourceNotFound", ["message"] = $"The Resource '{id}' was not found." } }, statusCode: 404);
        }

        var status = world.HealthStatuses.GetValueOrDefault(id) ?? FromState(world.Health.GetValueOrDefault(id, "Available"));
        var properties = new JsonObject
        {
            ["availabilityState"] = status.AvailabilityState,
            ["title"] = status.Title,
            ["summary"] = status.Summary,
            ["reasonChronicity"] = "Persistent",
            ["occuredTime"] = Instant(status.OccurredTime),
            ["reportedTime"] = Instant(status.ReportedTime),
        };
        if (status.ReasonType is not null)
        {
            properties["reasonType"] = status.ReasonType;
            properties["context"] = "Platform Initiated";
            properties["category"] = status.ReasonType;
        }

        return Results.Json(new JsonObject
        {
            ["id"] = path,
            ["name"] = "current",
            ["type"] = "Microsoft.ResourceHealth/AvailabilityStatuses",
            ["location"] = "westeurope",
            ["properties"] = properties,
        });
    }

    private static FakeHealthStatus FromState(string state) => state == "Available"
        ? new(state, "Available", "There aren't any known Azure platform problems affecting this resource.", null, Seeded, Seeded.AddMinutes(5))
        : new(state, state, "We're sorry, your resource is not running as expected.", "Unplanned", Seeded, Seeded.AddMinutes(5));

    private static string Instant(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
